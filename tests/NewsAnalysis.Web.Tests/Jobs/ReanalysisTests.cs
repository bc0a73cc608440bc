using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Jobs;
using NewsAnalysis.Web.Seeding;
using NewsAnalysis.Web.Tests.Articles;

namespace NewsAnalysis.Web.Tests.Jobs;

public sealed class ReanalysisTests(WebFixture web) : WebTest(web)
{
    private const string Body = "\"The dam was never inspected,\" the minister said on Monday. Police said 40 people died in the flood.";
    private const string GoneText = "the minister said on Monday";

    [Fact]
    public async Task A_new_engine_version_reanalyses_old_articles_and_flags_follow_their_claims()
    {
        var engine = ArticleAnalyzer.Default.Analyze(Body);
        Assert.NotEmpty(engine.Claims);
        var kept = engine.Claims[0];
        Assert.DoesNotContain(engine.Claims, c => c.Text == GoneText);

        // The old engine cut the kept claim one character wider and found a claim the current one does not.
        var oldSpan = new Span(Math.Max(0, kept.Span.Start - 1), kept.Span.End);
        var id = await new StoredArticle("Dam report", Body) { Version = "newsanalysis/0.0.1-old" }
            .ClaimAt("c7", oldSpan, kept.Text, AttributionKind.Unattributed)
            .ClaimAt("c8", new StoredArticle("", Body).Of(GoneText), GoneText, AttributionKind.Unattributed)
            .SaveAsync(Web.Database);
        await Flagging.FlagAsync(Web.Database, id, "c7", FlagStatus.Disputed, "Inspection records say otherwise");
        await Flagging.FlagAsync(Web.Database, id, "c8", FlagStatus.False, "Not what was said");

        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.NewsDbContext>();
            Assert.True(await ReanalyzeOutdatedJob.EnqueueIfOutdatedAsync(db, scope.ServiceProvider.GetRequiredService<JobQueue>()));
            Assert.False(await ReanalyzeOutdatedJob.EnqueueIfOutdatedAsync(db, scope.ServiceProvider.GetRequiredService<JobQueue>()));
        }

        var worker = Web.Factory.Services.GetRequiredService<JobWorker>();
        Assert.True(await worker.RunNextAsync(CancellationToken.None));

        await using (var db = Web.Database.CreateContext())
        {
            var job = await db.Jobs.SingleAsync(j => j.Kind == ReanalyzeOutdatedJob.Kind);
            Assert.Equal(JobStatus.Succeeded, job.Status);
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            Assert.Equal(ArticleAnalyzer.Version, article.AnalyzerVersion);
            var claims = await db.Claims.Where(c => c.ArticleId == id).ToListAsync();
            Assert.Equal(engine.Claims.Select(c => (c.Id, c.Span.Start, c.Span.End)), claims.OrderBy(c => c.Start).Select(c => (c.Key, c.Start, c.End)));

            var flags = await db.Flags.Where(f => f.ArticleId == id).OrderBy(f => f.Id).ToListAsync();
            Assert.Equal(2, flags.Count);
            var reanchored = claims.Single(c => c.Id == flags[0].ClaimId);
            Assert.Equal((kept.Id, kept.Span.Start, FlagStatus.Disputed), (reanchored.Key, reanchored.Start, reanchored.FlagStatus));
            Assert.Null(flags[1].ClaimId);
            Assert.Equal(GoneText, flags[1].ClaimText);
        }

        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        var page = await LoggedInClient.GetDocumentAsync(client, $"/Articles/{id}");
        Assert.Equal("disputed", page.QuerySelector($"#panel-{kept.Id} .flag")!.TextContent.Trim());
        var orphan = Assert.Single(page.QuerySelectorAll("#orphaned-flags .orphaned-flag"));
        Assert.Equal(GoneText, orphan.QuerySelector("q")!.TextContent);
        Assert.Contains("false", orphan.QuerySelector(".flag")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not what was said", orphan.QuerySelector(".note")!.TextContent);

        var list = await LoggedInClient.GetDocumentAsync(client, "/Search?flag=orphaned");
        Assert.Equal([id.ToString(System.Globalization.CultureInfo.InvariantCulture)], list.QuerySelectorAll(".article-hit").Select(h => h.GetAttribute("data-article")));
    }

    [Fact]
    public async Task Nothing_is_queued_when_every_article_is_current()
    {
        await using var scope = Web.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.NewsDbContext>();
        Assert.False(await ReanalyzeOutdatedJob.EnqueueIfOutdatedAsync(db, scope.ServiceProvider.GetRequiredService<JobQueue>()));
        Assert.Equal(0, await db.Jobs.CountAsync());
    }
}
