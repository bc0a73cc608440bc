using AngleSharp.Dom;
using NewsAnalysis.Analysis;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Web.Tests.Articles;

public sealed class ArticlePageTests(WebFixture web) : WebTest(web)
{
    private const string Body =
        "Health minister Jane Roe said 40 people died in the flood on Monday.\n\n"
        + "\"The dam was never inspected,\" Roe told reporters. Officials say the toll may rise above 60.";

    private static StoredArticle Flood() => new StoredArticle("Flood kills 40", Body) { Source = "Daily Test" }
        .Actor("a1", "Jane Roe", ActorKind.Person, ("Jane Roe", MentionType.Name, 1), ("Roe", MentionType.Name, 2))
        .Actor("a2", "Officials", ActorKind.Organization, ("Officials", MentionType.Nominal, 1))
        .Claim("c1", "40 people died in the flood on Monday", AttributionKind.Indirect, 0.9, "Jane Roe", "a1", "said")
        .Claim("c2", "The dam was never inspected,", AttributionKind.Direct, 0.7, "Roe", "a1", "told")
        .Claim("c3", "the toll may rise above 60", AttributionKind.Vague, 0.6, "Officials", "a2", "say")
        .Figure("f1", "40 people", 40, null, "people died", "c1")
        .Figure("f2", "above 60", 60, null, "toll", "c3", "over");

    private async Task<IDocument> OpenAsync(long id)
    {
        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        return await LoggedInClient.GetDocumentAsync(client, $"/Articles/{id}");
    }

    [Fact]
    public async Task The_spans_in_the_html_equal_the_stored_offsets()
    {
        var article = Flood();
        var id = await article.SaveAsync(Web.Database);
        var page = await OpenAsync(id);
        var result = article.Result();

        var expected = result.Claims.Select(c => (c.Id, c.Span))
            .Concat(result.Figures.Select(f => (f.Id, f.Span)))
            .ToList();
        foreach (var (key, span) in expected)
        {
            var pieces = page.QuerySelectorAll($".article-text [data-item='{key}']");
            Assert.NotEmpty(pieces);
            Assert.Equal(key, pieces[0].Id);
            Assert.Equal(span.Of(Body), string.Concat(pieces.Select(p => p.TextContent)));
            Assert.All(pieces, p => Assert.Equal((span.Start, span.End), (int.Parse(p.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(p.GetAttribute("data-end")!, System.Globalization.CultureInfo.InvariantCulture))));
            Assert.Equal($"#panel-{key}", pieces[0].QuerySelector("a.ref")!.GetAttribute("href"));
            Assert.Equal($"#{key}", page.QuerySelector($"#panel-{key} a.jump")!.GetAttribute("href"));
        }

        // Mentions point at their actor's panel item; the text of all of them reads as the body does.
        var mentions = page.QuerySelectorAll(".article-text .hl-mention[data-group='a1']");
        Assert.Equal(["Jane Roe", "Roe"], mentions.Select(m => m.TextContent));
        var paragraphs = page.QuerySelectorAll(".article-text p").Select(p => p.TextContent).ToList();
        Assert.Equal(Body.Split("\n\n"), paragraphs);
    }

    [Fact]
    public async Task Each_claim_is_shown_next_to_who_said_it_and_each_figure_next_to_what_it_counts()
    {
        var id = await Flood().SaveAsync(Web.Database);
        var page = await OpenAsync(id);

        var c1 = page.QuerySelector("#panel-c1")!;
        Assert.Contains("kind-indirect", c1.ClassList);
        Assert.Equal("Jane Roe", c1.QuerySelector(".source a")!.TextContent.Trim());
        Assert.StartsWith("/Actors/", c1.QuerySelector(".source a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("said", c1.QuerySelector(".cue")!.TextContent.Trim());
        Assert.Contains("90%", c1.QuerySelector(".worthiness")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not flagged", c1.TextContent, StringComparison.Ordinal);
        Assert.Equal("#panel-f1", c1.QuerySelector("a.chip")!.GetAttribute("href"));
        // The source written as a short name is shown beside the actor's full name.
        Assert.Contains("“Roe”", page.QuerySelector("#panel-c2 .source")!.TextContent, StringComparison.Ordinal);

        var f2 = page.QuerySelector("#panel-f2")!;
        Assert.Equal("over 60", f2.QuerySelector(".value")!.TextContent.Trim());
        Assert.Equal("toll", f2.QuerySelector(".measure")!.TextContent.Trim());
        Assert.Equal("#panel-c3", f2.QuerySelector("dd a[href^='#panel-c']")!.GetAttribute("href"));

        var a1 = page.QuerySelector("#panel-a1")!;
        Assert.Contains("2 mentions", a1.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, a1.QuerySelectorAll(".mentions a").Length);
        var mentionTarget = a1.QuerySelector(".mentions a")!.GetAttribute("href")!;
        Assert.Equal("Jane Roe", page.QuerySelector(mentionTarget)!.TextContent);
    }

    [Fact]
    public async Task Markup_in_the_title_and_body_is_encoded()
    {
        const string body = "The post read <script>document.title='owned'</script> and <img src=x onerror=alert(1)> twice.";
        var article = new StoredArticle("<script>alert('title')</script>", body)
            .Claim("c1", "<script>document.title='owned'</script>", AttributionKind.Unattributed);
        var id = await article.SaveAsync(Web.Database);
        var page = await OpenAsync(id);

        Assert.Empty(page.QuerySelectorAll(".article-view script, .article-view img"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("owned", StringComparison.Ordinal) || s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Equal("<script>alert('title')</script>", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(body, page.QuerySelector(".article-text")!.TextContent.Trim());
        Assert.Equal("<script>document.title='owned'</script>", page.QuerySelector("#panel-c1 q")!.TextContent);
    }

    [Fact]
    public async Task A_missing_article_is_not_found()
    {
        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        var response = await client.GetAsync(new Uri("/Articles/987654", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sample_article_page_renders_the_engine_output()
    {
        await using var db = Web.Database.CreateContext();
        var sample = db.Articles.Single(a => a.Title == DemoSeed.DemoArticleTitle);
        var claims = db.Claims.Where(c => c.ArticleId == sample.Id).ToList();
        var page = await OpenAsync(sample.Id);
        Assert.Equal(claims.Count, page.QuerySelectorAll("#claims li.item").Length);
        foreach (var claim in claims)
        {
            var pieces = page.QuerySelectorAll($".article-text [data-item='{claim.Key}']");
            // A paragraph break inside a claim is not rendered as text: compare without whitespace.
            Assert.Equal(NoSpace(sample.Body[claim.Start..claim.End]), NoSpace(string.Concat(pieces.Select(p => p.TextContent))));
        }
    }

    private static string NoSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
