using AngleSharp.Html.Parser;
using NewsAnalysis.Analysis;
using NewsAnalysis.Web.Pages.Articles;

namespace NewsAnalysis.Web.Tests.Articles;

/// <summary>The boundary sweep alone: nested and crossing ranges come out as well-formed HTML with exact text.</summary>
public sealed class ArticleTextTests
{
    private static string Render(string body, params Highlight[] highlights)
    {
        using var writer = new StringWriter();
        ArticleText.Build(body, highlights).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private static Highlight H(string key, HighlightKind kind, int start, int end) =>
        new(key, kind, new Span(start, end), key, "hl", key);

    [Fact]
    public void Crossing_ranges_are_split_and_each_keeps_its_exact_text()
    {
        const string body = "Alpha beta gamma delta epsilon.";
        // c1 = "Alpha beta gamma", f1 = "gamma delta" crosses its end, m1 = "beta" nests inside c1.
        var html = Render(body, H("c1", HighlightKind.Claim, 0, 16), H("f1", HighlightKind.Figure, 11, 22), H("m1", HighlightKind.Mention, 6, 10));
        var document = new HtmlParser().ParseDocument(html);

        foreach (var (key, start, end) in new[] { ("c1", 0, 16), ("f1", 11, 22), ("m1", 6, 10) })
        {
            var pieces = document.QuerySelectorAll($"[data-item='{key}']");
            Assert.Equal(body[start..end], string.Concat(pieces.Select(p => p.TextContent)));
            Assert.Equal(key, pieces[0].Id);
            Assert.All(pieces.Skip(1), p => Assert.True(string.IsNullOrEmpty(p.Id)));
        }

        Assert.Equal(body, document.Body!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("[data-item='f1']").Length);
    }

    [Fact]
    public void A_range_across_a_blank_line_continues_in_the_next_paragraph()
    {
        const string body = "First para ends here.\n\nSecond para starts.";
        var html = Render(body, H("c1", HighlightKind.Claim, 11, 29));
        var document = new HtmlParser().ParseDocument(html);
        var paragraphs = document.QuerySelectorAll("p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(["ends here.", "Second"], document.QuerySelectorAll("[data-item='c1']").Select(p => p.TextContent));
    }

    [Fact]
    public void Markup_in_the_text_is_encoded()
    {
        const string body = "He wrote <script>alert('x')</script> & <b>left</b>.";
        var html = Render(body, H("c1", HighlightKind.Claim, 9, 37));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, b"));
        Assert.Equal(body, document.Body!.TextContent);
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_not_thrown()
    {
        var html = Render("Short.", H("c1", HighlightKind.Claim, 2, 99), H("c2", HighlightKind.Claim, 1, 3));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("[data-item='c1']"));
        Assert.Equal("ho", document.QuerySelector("[data-item='c2']")!.TextContent);
    }
}
