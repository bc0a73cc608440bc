using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using EngineActor = NewsAnalysis.Analysis.Actor;
using EngineClaim = NewsAnalysis.Analysis.Claim;
using EngineFigure = NewsAnalysis.Analysis.Figure;
using EngineMention = NewsAnalysis.Analysis.Mention;

namespace NewsAnalysis.Data.Tests;

public sealed class ArticleAnalysisStoreTests(PostgresFixture database) : DatabaseTest(database)
{
    private const string Body = "Minister Jane Roe said that 40 people died in the flood. She blamed the dam.";

    // A hand-made engine result for Body, so these tests do not depend on what the engine finds.
    private static AnalysisResult ResultFor(string body, string claimText = "40 people died in the flood", string actorName = "Jane Roe")
    {
        Span Of(string text, int from = 0)
        {
            var start = body.IndexOf(text, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' is not in the body");
            return new Span(start, start + text.Length);
        }

        var claimSpan = Of(claimText);
        var actor = new EngineActor("a1", actorName, ActorKind.Person,
        [
            new EngineMention(Of(actorName), actorName, MentionType.Name),
            new EngineMention(Of("She"), "She", MentionType.Pronoun),
        ]);
        var claim = new EngineClaim("c1", claimSpan, claimText, 0.8,
            new Attribution(AttributionKind.Indirect, new AttributionSource(Of(actorName), actorName, "a1"), new Cue(Of("said"), "said")));
        var figure = new EngineFigure("f1", Of("40"), "40", 40, null, "people died", null, "c1");
        return new AnalysisResult("test/1", [new Span(0, body.Length)], [actor], [figure], [claim]);
    }

    [Fact]
    public async Task Stores_actors_mentions_claims_and_figures_with_their_spans()
    {
        var id = await AddArticleAsync(Body);
        await using (var db = NewContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(article, ResultFor(Body));
        }

        await using var check = NewContext();
        var stored = await check.Articles
            .Include(a => a.Actors).ThenInclude(a => a.Mentions)
            .Include(a => a.Claims).ThenInclude(c => c.SourceActor)
            .Include(a => a.Figures).ThenInclude(f => f.Claim)
            .SingleAsync(a => a.Id == id);
        Assert.Equal("test/1", stored.AnalyzerVersion);
        Assert.NotNull(stored.AnalyzedAt);
        var actor = Assert.Single(stored.Actors);
        Assert.Equal(("a1", "Jane Roe", ActorKind.Person), (actor.Key, actor.Name, actor.Kind));
        Assert.Equal(["Jane Roe", "She"], actor.Mentions.OrderBy(m => m.Start).Select(m => m.Span.Of(Body)));
        Assert.NotNull(actor.ActorId);
        var claim = Assert.Single(stored.Claims);
        Assert.Equal("40 people died in the flood", claim.Span.Of(Body));
        Assert.Equal("Jane Roe", claim.SourceSpan!.Value.Of(Body));
        Assert.Equal("said", claim.CueSpan!.Value.Of(Body));
        Assert.Equal(AttributionKind.Indirect, claim.AttributionKind);
        Assert.Same(actor, claim.SourceActor);
        var figure = Assert.Single(stored.Figures);
        Assert.Equal(("40", 40.0, "people died"), (figure.Span.Of(Body), figure.Value, figure.Measure));
        Assert.Same(claim, figure.Claim);
    }

    [Fact]
    public async Task Analysing_again_replaces_the_previous_analysis()
    {
        var id = await AddArticleAsync(Body);
        for (var run = 0; run < 2; run++)
        {
            await using var db = NewContext();
            var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == id);
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(article, ResultFor(Body));
        }

        await using var check = NewContext();
        Assert.Equal(1, await check.Claims.CountAsync(c => c.ArticleId == id));
        Assert.Equal(1, await check.Figures.CountAsync(f => f.ArticleId == id));
        Assert.Equal(2, await check.Mentions.CountAsync());
        Assert.Equal(1, await check.Actors.CountAsync());
    }

    [Fact]
    public async Task The_same_actor_in_two_articles_is_one_registry_actor()
    {
        const string other = "Jane  Roe said that 40 people died in the flood. She spoke on Monday.";
        foreach (var body in new[] { Body, other })
        {
            var id = await AddArticleAsync(body);
            await using var db = NewContext();
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(
                await db.Articles.SingleAsync(a => a.Id == id), ResultFor(body, actorName: body == other ? "Jane  Roe" : "Jane Roe"));
        }

        await using var check = NewContext();
        var registry = Assert.Single(await check.Actors.Include(a => a.Appearances).ToListAsync());
        Assert.Equal("jane roe", registry.NormalizedName);
        Assert.Equal(2, registry.Appearances.Count);
    }

    [Fact]
    public async Task Flags_survive_re_analysis_and_return_to_a_claim_with_the_same_text()
    {
        var user = await AddUserAsync();
        var id = await AddArticleAsync(Body);
        await using (var db = NewContext())
        {
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(await db.Articles.SingleAsync(a => a.Id == id), ResultFor(Body));
            var claim = await db.Claims.SingleAsync(c => c.ArticleId == id);
            db.Flags.Add(new Flag
            {
                ClaimId = claim.Id, ArticleId = id, ClaimKey = claim.Key, ClaimText = claim.Text, Status = FlagStatus.Disputed,
                CreatedById = user.Id, CreatedAt = DateTimeOffset.UtcNow, EvidenceUrls = ["https://example.org/report"],
            });
            claim.FlagStatus = FlagStatus.Disputed;
            await db.SaveChangesAsync();
        }

        // A new analysis with the same claim text: the flag follows it, and the claim keeps its status.
        await using (var db = NewContext())
        {
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(await db.Articles.SingleAsync(a => a.Id == id), ResultFor(Body));
        }

        await using (var check = NewContext())
        {
            var claim = await check.Claims.SingleAsync(c => c.ArticleId == id);
            var flag = await check.Flags.SingleAsync();
            Assert.Equal(claim.Id, flag.ClaimId);
            Assert.Equal(FlagStatus.Disputed, claim.FlagStatus);
            Assert.Equal(["https://example.org/report"], flag.EvidenceUrls);
        }

        // An analysis without that claim: the flag stays, with its text, unlinked.
        await using (var db = NewContext())
        {
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(
                await db.Articles.SingleAsync(a => a.Id == id), ResultFor(Body, "She blamed the dam"));
        }

        await using (var check = NewContext())
        {
            var flag = await check.Flags.SingleAsync();
            Assert.Null(flag.ClaimId);
            Assert.Equal("40 people died in the flood", flag.ClaimText);
            Assert.Null((await check.Claims.SingleAsync(c => c.ArticleId == id)).FlagStatus);
        }
    }

    [Fact]
    public async Task A_new_article_is_inserted_with_its_analysis()
    {
        await using (var db = NewContext())
        {
            await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(NewArticle(Body), ResultFor(Body));
        }

        await using var check = NewContext();
        var article = await check.Articles.Include(a => a.Claims).SingleAsync();
        Assert.Single(article.Claims);
    }
}
