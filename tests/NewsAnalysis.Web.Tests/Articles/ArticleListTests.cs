using AngleSharp.Dom;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Web.Tests.Articles;

public sealed class ArticleListTests(WebFixture web) : WebTest(web)
{
    private async Task<IDocument> ListAsync(string url)
    {
        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        return await LoggedInClient.GetDocumentAsync(client, url);
    }

    [Fact]
    public async Task Newest_first_twenty_a_page_with_counts_and_flag_states()
    {
        var ids = new List<long>();
        for (var day = 1; day <= 25; day++)
        {
            // Published after the seeded sample was imported, so these come first.
            var body = $"Report number {day}: the mayor said 12 bridges closed. The council denied it.";
            var article = new StoredArticle($"Report {day}", body) { PublishedAt = new DateTimeOffset(2030, 1, day, 0, 0, 0, TimeSpan.Zero) }
                .Actor("a1", "the mayor", ActorKind.Person, ("the mayor", MentionType.Nominal, 1))
                .Claim("c1", "12 bridges closed", AttributionKind.Indirect, 0.8, "the mayor", "a1", "said")
                .Claim("c2", "The council denied it.", AttributionKind.Unattributed)
                .Figure("f1", "12 bridges", 12, null, "bridges closed", "c1");
            ids.Add(await article.SaveAsync(Web.Database));
        }

        await Flagging.FlagAsync(Web.Database, ids[24], "c1", FlagStatus.Disputed);
        await Flagging.FlagAsync(Web.Database, ids[24], "c2", FlagStatus.NeedsChecking);

        var first = await ListAsync("/Articles");
        var titles = first.QuerySelectorAll(".article-hit .title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(d => $"Report {d}"), titles);
        var newest = first.QuerySelector(".article-hit")!;
        Assert.Equal("2 claims", newest.QuerySelector(".count-claims")!.TextContent);
        Assert.Equal("1 figures", newest.QuerySelector(".count-figures")!.TextContent);
        Assert.Equal("1 actors", newest.QuerySelector(".count-actors")!.TextContent);
        Assert.Equal(["1 needs checking", "1 disputed"], newest.QuerySelectorAll("[data-flag]").Select(f => f.TextContent));
        Assert.Empty(first.QuerySelectorAll(".article-hit")[1].QuerySelectorAll("[data-flag]"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));

        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await ListAsync(next);
        var rest = second.QuerySelectorAll(".article-hit .title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Report 5", "Report 4", "Report 3", "Report 2", "Report 1", DemoSeed.DemoArticleTitle], rest);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }
}
