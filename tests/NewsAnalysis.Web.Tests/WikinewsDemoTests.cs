using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Analysis;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Pages;
using NewsAnalysis.Web.Seeding;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests;

public sealed class WikinewsDemoTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task The_Wikinews_demo_texts_are_imported_analysed_and_credited()
    {
        await Web.Database.ResetAsync();
        await using var demo = Web.Factory.WithWebHostBuilder(b => b.UseSetting("Seed:DemoWikinews", "true"));
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
        }

        await using var db = Web.Database.CreateContext();
        var wikinews = await db.Articles.Where(a => a.SourceName == WikinewsText.SourceName).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(WikinewsText.ReadAll().Count, wikinews.Count);
        Assert.True(wikinews.Count >= 20);
        Assert.Equal(wikinews.Count + 1, await db.Articles.CountAsync());
        Assert.All(wikinews, a =>
        {
            Assert.StartsWith("https://en.wikinews.org/wiki/", a.SourceUrl, StringComparison.Ordinal);
            Assert.NotNull(a.PublishedAt);
            Assert.False(a.Body.StartsWith('#'), a.Title);
            Assert.DoesNotContain("# date:", a.Body, StringComparison.Ordinal);
            Assert.Equal(ArticleAnalyzer.Version, a.AnalyzerVersion);
        });
        Assert.True(await db.ArticleActors.CountAsync(x => x.Article.SourceName == WikinewsText.SourceName) > 100);

        // The sample article stays the newest import, first in the lists.
        Assert.Equal(DemoSeed.DemoArticleTitle, (await db.Articles.OrderByDescending(a => a.ImportedAt).FirstAsync()).Title);

        var client = await LogInAsync(demo, DemoSeed.DemoUsers[2].Email, Password);
        var page = await GetDocumentAsync(client, $"/Articles/{wikinews[0].Id}");
        Assert.Equal(wikinews[0].Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(WikinewsText.SourceName, page.QuerySelector(".article-head .source")!.TextContent);
        Assert.Equal(wikinews[0].SourceUrl, page.QuerySelector(".article-head a.source-link")!.GetAttribute("href"));

        await using (var again = demo.Services.CreateAsyncScope())
        {
            await again.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
        }

        Assert.Equal(wikinews.Count + 1, await db.Articles.CountAsync());
    }

    [Fact]
    public void A_demo_file_is_headline_header_and_text()
    {
        var text = WikinewsText.Parse("0099.txt",
            "Council approves new bridge\n# date: 2019-04-02 | url: https://en.wikinews.org/wiki/Council_approves | licence: CC BY 2.5 (Wikinews) | via: x\n\nTuesday, April 2, 2019\n\nThe council said on Tuesday that the bridge will cost $12m.\n");

        Assert.Equal("Council approves new bridge", text.Title);
        Assert.Equal(new DateTimeOffset(2019, 4, 2, 0, 0, 0, TimeSpan.Zero), text.PublishedAt);
        Assert.Equal("https://en.wikinews.org/wiki/Council_approves", text.Url.AbsoluteUri);
        Assert.Equal("Tuesday, April 2, 2019\n\nThe council said on Tuesday that the bridge will cost $12m.", text.Body);
    }

    [Theory]
    [InlineData("Council approves new bridge\n\nThe council said so.")]
    [InlineData("Title\n# date: 2019-13-40 | url: https://en.wikinews.org/wiki/X\n\nText.")]
    [InlineData("Title\n# date: 2019-04-02 | url: javascript:alert(1)\n\nText.")]
    public void A_demo_file_without_a_valid_header_is_refused(string file) =>
        Assert.Throws<FormatException>(() => WikinewsText.Parse("bad.txt", file));

    [Theory]
    [InlineData("https://en.wikinews.org/wiki/X", true)]
    [InlineData("http://example.org/a?b=1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("/relative/path", false)]
    [InlineData(null, false)]
    public void Only_http_source_urls_become_links(string? url, bool linked) =>
        Assert.Equal(linked, Display.Link(url) is not null);
}
