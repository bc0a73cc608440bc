using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// The main text of a web page (SmartReader, a Readability port), or the body's text when it finds no article. The
/// page is only parsed, never rendered or fetched from: scripts, styles and remote resources are ignored.
/// </summary>
public static class HtmlText
{
    /// <summary>Deeper than this, a page is read by stripping its tags: HTML parsers take quadratic time (and deep
    /// recursion) on such nesting, so one hostile file could hold an import for many minutes.</summary>
    public const int MaxParsedDepth = 500;

    public static (string? Title, string Text) Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (NestingDepth(html) > MaxParsedDepth)
        {
            return (null, StripTags(html));
        }

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

    /// <summary>The deepest element nesting, estimated in one pass (open tags minus close tags, void and
    /// self-closed elements ignored); stops counting once past <see cref="MaxParsedDepth"/>.</summary>
    public static int NestingDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                continue;
            }

            var end = html.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            var nameEnd = i + 1;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (html[end - 1] != '/' && !VoidElements.Contains(html[(i + 1)..nameEnd]))
            {
                deepest = Math.Max(deepest, ++depth);
                if (deepest > MaxParsedDepth)
                {
                    return deepest;
                }
            }
        }

        return deepest;
    }

    private static readonly HashSet<string> VoidElements = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "option"],
        StringComparer.OrdinalIgnoreCase);

    private static string StripTags(string html)
    {
        var withoutScripts = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1\\s*>", " ",
            RegexOptions.IgnoreCase | RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        var text = Regex.Replace(withoutScripts, "<[^>]*>", "\n", RegexOptions.None, TimeSpan.FromSeconds(5));
        text = WebUtility.HtmlDecode(text);
        return Regex.Replace(text, "\\s*\\n\\s*", "\n", RegexOptions.None, TimeSpan.FromSeconds(5)).Trim();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
