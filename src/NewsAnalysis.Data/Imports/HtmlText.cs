using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// The main text of a web page (SmartReader, a Readability port), or the body's text when it finds no article. The
/// page is only parsed, never rendered or fetched from: scripts, styles and remote resources are ignored.
/// </summary>
public static class HtmlText
{
    public static (string? Title, string Text) Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        // The page's own <title> names the article; Readability's guess can pull in navigation text.
        var title = Blank(document.Title);
        try
        {
            var reader = new Reader(url ?? "https://import.invalid/", html);
            var article = reader.GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
            {
                return (title ?? Blank(article.Title), article.TextContent);
            }
        }
        catch (Exception problem) when (problem is InvalidOperationException or ArgumentException or FormatException)
        {
            // Readability gives up on some odd pages; the plain body text below still reads them.
        }

        foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template, head, nav"))
        {
            hidden.Remove();
        }

        var text = document.Body?.TextContent ?? document.DocumentElement?.TextContent ?? string.Empty;
        return (title, text);
    }

    /// <summary>Text of an HTML fragment (a feed entry's content).</summary>
    public static string FragmentText(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template"))
        {
            hidden.Remove();
        }

        foreach (var block in document.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4, h5, h6, blockquote"))
        {
            block.After(document.CreateTextNode("\n"));
        }

        return document.Body?.TextContent ?? string.Empty;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
