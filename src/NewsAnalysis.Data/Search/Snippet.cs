namespace NewsAnalysis.Data.Search;

/// <summary>
/// Text with the search hits marked, as plain parts: the page encodes each part and wraps hits in &lt;mark&gt;, so no
/// HTML from the database is ever trusted. PostgreSQL's ts_headline marks hits with two private-use characters.
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public const char HitStart = '\uE000';
    public const char HitEnd = '\uE001';

    /// <summary>The ts_headline options that mark hits with <see cref="HitStart"/> and <see cref="HitEnd"/>.</summary>
    public const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    public static Snippet Plain(string text) => new([new SnippetPart(text, false)]);

    public static Snippet FromHeadline(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var parts = new List<SnippetPart>();
        var hit = false;
        var start = 0;
        for (var i = 0; i <= headline.Length; i++)
        {
            if (i < headline.Length && headline[i] != HitStart && headline[i] != HitEnd)
            {
                continue;
            }

            if (i > start)
            {
                parts.Add(new SnippetPart(headline[start..i], hit));
            }

            if (i < headline.Length)
            {
                hit = headline[i] == HitStart;
            }

            start = i + 1;
        }

        return new Snippet(parts);
    }

    public string Text => string.Concat(Parts.Select(p => p.Text));
}

public sealed record SnippetPart(string Text, bool Hit);
