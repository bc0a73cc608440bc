namespace NewsAnalysis.Data.Imports;

/// <summary>How an import item's payload is read.</summary>
public static class ImportFormats
{
    /// <summary>Plain text: UTF-8, UTF-16 with BOM, or Windows-1252 as a fallback.</summary>
    public const string Text = "text";

    /// <summary>A web page: the main text is extracted, the markup never rendered.</summary>
    public const string Html = "html";

    /// <summary>A JSON object {title, text, source, url, published} (from .json, .jsonl or a feed entry).</summary>
    public const string Record = "record";
}
