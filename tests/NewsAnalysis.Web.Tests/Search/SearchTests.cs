using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;
using NewsAnalysis.Web.Tests.Articles;

namespace NewsAnalysis.Web.Tests.Search;

public sealed class SearchTests(WebFixture web) : WebTest(web)
{
    private const string FloodTitle = "<script>alert('t')</script> Flood in Springfield";

    private async Task<(long Flood, long Budget, long Flooding)> ThreeArticlesAsync()
    {
        var flood = await new StoredArticle(FloodTitle, "Flood waters rose in Springfield overnight. \"We lost everything,\" a farmer said.")
            {
                Source = "Daily Test",
                PublishedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
            }
            .Actor("a1", "farmer", ActorKind.Person, ("a farmer", MentionType.Nominal, 1))
            .Claim("c1", "We lost everything,", AttributionKind.Direct, 0.4, "a farmer", "a1", "said")
            .SaveAsync(Web.Database);
        await Flagging.FlagAsync(Web.Database, flood, "c1", FlagStatus.Disputed);
        var budget = await new StoredArticle("Budget vote delayed", "Parliament delayed the budget vote, Thornbury told the chamber.")
            {
                Source = "Evening Post",
                PublishedAt = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero),
            }
            .Actor("a1", "Margaret Thornbury", ActorKind.Person, ("Thornbury", MentionType.Name, 1))
            .Claim("c1", "Parliament delayed the budget vote", AttributionKind.Indirect, 0.8, "Thornbury", "a1", "told")
            .SaveAsync(Web.Database);
        var flooding = await new StoredArticle("Rivers burst banks", "Several villages were flooded after the storm.")
            {
                Source = "Evening Post",
                PublishedAt = new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero),
            }
            .SaveAsync(Web.Database);
        return (flood, budget, flooding);
    }

    private async Task<IDocument> SearchAsync(string query)
    {
        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        return await LoggedInClient.GetDocumentAsync(client, "/Search?" + query);
    }

    private static List<long> Found(IDocument page) =>
        page.QuerySelectorAll(".article-hit").Select(h => long.Parse(h.GetAttribute("data-article")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Words_match_stemmed_titles_and_bodies_and_hits_are_marked_in_the_snippet()
    {
        var (flood, _, flooding) = await ThreeArticlesAsync();
        var page = await SearchAsync("q=flood");

        Assert.Equal([flood, flooding], Found(page));
        var marks = page.QuerySelectorAll(".article-hit .snippet mark.hit").Select(m => m.TextContent).ToList();
        Assert.Contains("Flood", marks);
        Assert.Contains("flooded", marks);
        Assert.Equal("Flood", page.QuerySelector($".article-hit[data-article='{flood}'] .title mark.hit")!.TextContent);
    }

    [Fact]
    public async Task A_script_in_a_title_comes_out_as_text()
    {
        var (flood, _, _) = await ThreeArticlesAsync();
        var page = await SearchAsync("q=springfield");

        Assert.Equal([flood], Found(page));
        Assert.Empty(page.QuerySelectorAll(".article-hits script"));
        Assert.Equal(FloodTitle, page.QuerySelector(".article-hit .title")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_actor_name_finds_articles_that_only_use_a_short_form()
    {
        var (_, budget, _) = await ThreeArticlesAsync();
        var page = await SearchAsync("q=margaret");
        Assert.Equal([budget], Found(page));
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        var (flood, budget, flooding) = await ThreeArticlesAsync();
        Assert.Equal([budget, flooding], Found(await SearchAsync("source=Evening+Post")));
        Assert.Equal([flooding], Found(await SearchAsync("q=flood&source=Evening+Post")));
        Assert.Equal([budget, flood], Found(await SearchAsync("from=2026-03-01&to=2026-03-05")));
        Assert.Equal([flood], Found(await SearchAsync("from=2026-02-11&to=2026-03-04")));
        Assert.Equal([budget], Found(await SearchAsync("kind=indirect&source=Evening+Post")));
        Assert.Equal([flood], Found(await SearchAsync("flag=disputed")));
        Assert.Equal([flood], Found(await SearchAsync("flag=flagged")));
        Assert.Empty(Found(await SearchAsync("flag=verified")));

        await using var db = Web.Database.CreateContext();
        var thornbury = await db.Actors.SingleAsync(a => a.Name == "Margaret Thornbury");
        var byActor = await SearchAsync($"actor={thornbury.Id}");
        Assert.Equal([budget], Found(byActor));
        Assert.Contains("Margaret Thornbury", byActor.QuerySelector("select[name=actor]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_search_syntax_excludes_and_quotes()
    {
        var (flood, _, flooding) = await ThreeArticlesAsync();
        Assert.Equal([flooding], Found(await SearchAsync("q=flood+-springfield")));
        Assert.Equal([flood], Found(await SearchAsync("q=%22waters+rose%22")));
        Assert.Empty(Found(await SearchAsync("q=%22rose+waters%22")));
    }

    [Fact]
    public async Task Phrases_go_through_the_phrase_index_without_losing_exclusions_alternatives_or_stop_words()
    {
        var (flood, budget, flooding) = await ThreeArticlesAsync();
        Assert.Equal([flood], Found(await SearchAsync("q=%22waters+rose+in+Springfield%22")));
        Assert.Equal([flood], Found(await SearchAsync("q=%22Flood+waters%22+farmer")));
        Assert.Empty(Found(await SearchAsync("q=%22waters+rose%22+%22budget+vote%22")));
        Assert.Equal([budget, flooding], Found(await SearchAsync("q=%22budget+vote%22+or+%22several+villages%22")));
        Assert.Equal([budget], Found(await SearchAsync("q=vote+-%22waters+rose%22")));
        Assert.Equal([flood], Found(await SearchAsync("q=%22it's+a+%5C'quote%22+or+%22waters+rose%22")));
        Assert.Empty(Found(await SearchAsync("q=%22the+of%22")));
    }
}
