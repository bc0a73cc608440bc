using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;
using NewsAnalysis.Web.Tests.Articles;

namespace NewsAnalysis.Web.Tests.Actors;

public sealed class ActorPageTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task One_actor_across_articles_with_aliases_claims_and_quotes()
    {
        var first = await new StoredArticle("Dam report", "Jane Roe spoke first. \"The dam was never inspected,\" Roe said.")
            { PublishedAt = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero) }
            .Actor("a1", "Jane Roe", ActorKind.Person, ("Jane Roe", MentionType.Name, 1), ("Roe", MentionType.Name, 2))
            .Claim("c1", "The dam was never inspected,", AttributionKind.Direct, 0.7, "Roe", "a1", "said")
            .SaveAsync(Web.Database);
        var second = await new StoredArticle("Budget row", "The budget is short by a third, Jane Roe claimed.")
            { PublishedAt = new DateTimeOffset(2026, 4, 3, 0, 0, 0, TimeSpan.Zero) }
            .Actor("a1", "Jane Roe", ActorKind.Person, ("Jane Roe", MentionType.Name, 1))
            .Actor("a2", "budget", ActorKind.Other, ("budget", MentionType.Nominal, 1))
            .Claim("c1", "The budget is short by a third", AttributionKind.Indirect, 0.9, "Jane Roe", "a1", "claimed")
            .SaveAsync(Web.Database);
        await using var db = Web.Database.CreateContext();
        var actor = await db.Actors.SingleAsync(a => a.Name == "Jane Roe");

        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        var page = await LoggedInClient.GetDocumentAsync(client, $"/Actors/{actor.Id}");

        Assert.StartsWith("Jane Roe", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Jane Roe ×2", "Roe ×1"], page.QuerySelectorAll(".alias").Select(a => a.TextContent.Trim()));
        Assert.Equal([$"/Articles/{second}#panel-a1", $"/Articles/{first}#panel-a1"],
            page.QuerySelectorAll(".appearance a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["The budget is short by a third", "The dam was never inspected,"],
            page.QuerySelectorAll(".attributed-claim td:first-child").Select(c => c.TextContent.Trim()));
        var quote = Assert.Single(page.QuerySelectorAll(".quote"));
        Assert.Equal("The dam was never inspected,", quote.QuerySelector("blockquote")!.TextContent);
        Assert.Equal($"/Articles/{first}#c1", quote.QuerySelector("a")!.GetAttribute("href"));

        var list = await LoggedInClient.GetDocumentAsync(client, "/Actors?q=roe");
        var row = Assert.Single(list.QuerySelectorAll("table.actors tbody tr"));
        Assert.Equal(["Jane Roe", "person", "2", "2"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task A_merged_actor_leads_to_the_actor_it_was_merged_into_and_leaves_the_list()
    {
        await new StoredArticle("Two names", "J. Roe and Jane Roe met.")
            .Actor("a1", "J. Roe", ActorKind.Person, ("J. Roe", MentionType.Name, 1))
            .Actor("a2", "Jane Roe", ActorKind.Person, ("Jane Roe", MentionType.Name, 1))
            .SaveAsync(Web.Database);
        await using var db = Web.Database.CreateContext();
        var from = await db.Actors.SingleAsync(a => a.Name == "J. Roe");
        var into = await db.Actors.SingleAsync(a => a.Name == "Jane Roe");
        from.MergedIntoId = into.Id;
        await db.SaveChangesAsync();

        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        var response = await client.GetAsync(new Uri($"/Actors/{from.Id}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Actors/{into.Id}", response.Headers.Location!.OriginalString);
        var list = await LoggedInClient.GetDocumentAsync(client, "/Actors?q=roe");
        Assert.Equal(["Jane Roe"], list.QuerySelectorAll("table.actors tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }
}
