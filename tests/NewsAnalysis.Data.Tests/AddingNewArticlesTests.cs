using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.TestSupport;
using Actor = NewsAnalysis.Data.Actors.Actor;
using EngineActor = NewsAnalysis.Analysis.Actor;
using EngineClaim = NewsAnalysis.Analysis.Claim;
using EngineFigure = NewsAnalysis.Analysis.Figure;
using EngineMention = NewsAnalysis.Analysis.Mention;

namespace NewsAnalysis.Data.Tests;

/// <summary>The import's path: many new articles and their analyses written together with binary COPY.</summary>
public sealed class AddingNewArticlesTests(PostgresFixture database) : DatabaseTest(database)
{
    // Every article's engine keys are a1, c1, f1: the rows must link within their own article, never across.
    private static AnalysisResult ResultFor(string body, string speaker, string claimText, string figureText, double value)
    {
        Span Of(string text)
        {
            var start = body.IndexOf(text, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' is not in the body");
            return new Span(start, start + text.Length);
        }

        var actor = new EngineActor("a1", speaker, ActorKind.Person,
        [
            new EngineMention(Of(speaker), speaker, MentionType.Name),
            new EngineMention(Of("She"), "She", MentionType.Pronoun),
        ]);
        var claim = new EngineClaim("c1", Of(claimText), claimText, 0.7,
            new Attribution(AttributionKind.Indirect, new AttributionSource(Of(speaker), speaker, "a1"), new Cue(Of("said"), "said")));
        var unattributed = new EngineClaim("c2", Of("She left."), "She left.", 0.1, Attribution.None);
        var figure = new EngineFigure("f1", Of(figureText), figureText, value, "%", "turnout", "about", "c1");
        return new AnalysisResult("test/2", [new Span(0, body.Length)], [actor], [figure], [claim, unattributed]);
    }

    private static readonly (string Body, string Speaker, string Claim, string Figure, double Value)[] Texts =
    [
        ("Mayor Jane Roe said that turnout was about 40% this year. She left.", "Jane Roe", "turnout was about 40% this year", "40%", 40),
        ("Senator Ann Poe said that turnout fell to 12% in the north. She left.", "Ann Poe", "turnout fell to 12% in the north", "12%", 12),
        ("Jane  Roe said that turnout rose to 55% in the south. She left.", "Jane  Roe", "turnout rose to 55% in the south", "55%", 55),
    ];

    private async Task<List<Article>> AddAllAsync()
    {
        var articles = Texts.Select(t => (Article: NewArticle(t.Body, "About " + t.Speaker), Result: ResultFor(t.Body, t.Speaker, t.Claim, t.Figure, t.Value))).ToList();
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new ArticleAnalysisStore(db, TimeProvider.System).AddNewAsync(articles.Select(a => (a.Article, a.Result)).ToList());
        await transaction.CommitAsync();
        return articles.Select(a => a.Article).ToList();
    }

    [Fact]
    public async Task Each_article_gets_its_id_and_its_rows_link_within_it()
    {
        var added = await AddAllAsync();
        Assert.Equal(3, added.Select(a => a.Id).Where(id => id > 0).Distinct().Count());

        await using var check = NewContext();
        foreach (var (article, text) in added.Zip(Texts))
        {
            var stored = await check.Articles.AsNoTracking()
                .Include(a => a.Actors).ThenInclude(a => a.Mentions)
                .Include(a => a.Claims).ThenInclude(c => c.SourceActor)
                .Include(a => a.Figures).ThenInclude(f => f.Claim)
                .SingleAsync(a => a.Id == article.Id);
            Assert.Equal(text.Body, stored.Body);
            Assert.Equal(ContentHash.Of(text.Body), stored.ContentHash);
            Assert.Equal("test/2", stored.AnalyzerVersion);
            Assert.NotNull(stored.AnalyzedAt);

            var actor = Assert.Single(stored.Actors);
            Assert.Equal((text.Speaker, ActorKind.Person), (actor.Name, actor.Kind));
            Assert.Equal([text.Speaker, "She"], actor.Mentions.OrderBy(m => m.Start).Select(m => m.Span.Of(text.Body)));

            var claim = stored.Claims.Single(c => c.Key == "c1");
            Assert.Equal(text.Claim, claim.Span.Of(text.Body));
            Assert.Equal(actor.Id, claim.SourceActorId);
            Assert.Equal(("said", text.Speaker), (claim.CueSpan!.Value.Of(text.Body), claim.SourceSpan!.Value.Of(text.Body)));
            var unattributed = stored.Claims.Single(c => c.Key == "c2");
            Assert.Equal((AttributionKind.Unattributed, (long?)null, (string?)null), (unattributed.AttributionKind, unattributed.SourceActorId, unattributed.CueText));

            var figure = Assert.Single(stored.Figures);
            Assert.Equal((text.Figure, text.Value, "%", "turnout", "about"), (figure.Span.Of(text.Body), figure.Value, figure.Unit, figure.Measure, figure.Qualifier));
            Assert.Equal(claim.Id, figure.ClaimId);
        }
    }

    [Fact]
    public async Task The_registry_gets_each_actor_once_and_search_columns_are_filled()
    {
        var added = await AddAllAsync();

        await using var check = NewContext();
        var registry = await check.Actors.Include(a => a.Appearances).OrderBy(a => a.NormalizedName).ToListAsync();
        Assert.Equal(["ann poe", "jane roe"], registry.Select(a => a.NormalizedName));
        Assert.Equal(2, registry.Single(a => a.NormalizedName == "jane roe").Appearances.Count);

        // The statement trigger on article_actors keeps articles.actor_names; the body's search vector is generated.
        var matches = await check.Database
            .SqlQuery<long>($"SELECT id AS \"Value\" FROM articles WHERE actor_names @@ plainto_tsquery('english', 'poe') ORDER BY id")
            .ToListAsync();
        Assert.Equal([added[1].Id], matches);
        var byBody = await check.Articles.Where(a => a.SearchVector.Matches("north")).Select(a => a.Id).ToListAsync();
        Assert.Equal([added[1].Id], byBody);
    }

    [Fact]
    public async Task An_actor_an_editor_merged_is_linked_to_the_one_it_was_merged_into()
    {
        await using (var db = NewContext())
        {
            var target = new Actor { Name = "J. Roe", NormalizedName = "j. roe", Kind = ActorKind.Person };
            db.Actors.Add(new Actor { Name = "Jane Roe", NormalizedName = "jane roe", Kind = ActorKind.Person, MergedInto = target });
            await db.SaveChangesAsync();
        }

        var added = await AddAllAsync();

        await using var check = NewContext();
        var linked = await check.ArticleActors.Where(a => a.ArticleId == added[0].Id || a.ArticleId == added[2].Id)
            .Select(a => a.Actor!.NormalizedName).ToListAsync();
        Assert.Equal(["j. roe", "j. roe"], linked);
    }

    [Fact]
    public async Task Ids_come_from_the_tables_sequences_so_later_inserts_do_not_collide()
    {
        var added = await AddAllAsync();
        var later = await AddArticleAsync("Written later through Entity Framework.");
        Assert.DoesNotContain(later, added.Select(a => a.Id));
        Assert.True(later > added.Max(a => a.Id));
    }

    [Fact]
    public async Task Nothing_is_written_outside_a_transaction_or_for_an_article_that_has_an_id()
    {
        var id = await AddArticleAsync(Texts[0].Body);
        await using var db = NewContext();
        var store = new ArticleAnalysisStore(db, TimeProvider.System);
        var fresh = NewArticle(Texts[1].Body);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AddNewAsync([(fresh, ResultFor(Texts[1].Body, Texts[1].Speaker, Texts[1].Claim, Texts[1].Figure, Texts[1].Value))]));

        var existing = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.AddNewAsync([(existing, ResultFor(Texts[0].Body, Texts[0].Speaker, Texts[0].Claim, Texts[0].Figure, Texts[0].Value))]));
        Assert.Equal(1, await db.Articles.CountAsync());
    }
}
