using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Actors;
using Mention = NewsAnalysis.Data.Actors.Mention;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Corrections;
using Claim = NewsAnalysis.Data.Claims.Claim;
using EngineActor = NewsAnalysis.Analysis.Actor;
using Figure = NewsAnalysis.Data.Figures.Figure;

namespace NewsAnalysis.Data;

/// <summary>
/// Stores what the engine found in an article, replacing any earlier analysis of it in one transaction. Flags survive:
/// a flag whose claim disappeared is linked again to a new claim with the same text, and that claim gets its status back.
/// </summary>
public sealed class ArticleAnalysisStore(NewsDbContext db, TimeProvider clock)
{
    /// <summary>Runs the shipped engine on the article's body and stores the result.</summary>
    public async Task<AnalysisResult> AnalyzeAsync(long articleId, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
        var result = ArticleAnalyzer.Default.Analyze(article.Body);
        await SaveAsync(article, result, cancellationToken);
        return result;
    }

    /// <summary>
    /// Saves <paramref name="result"/> (computed from exactly <c>article.Body</c>) as the article's analysis. A new
    /// article is inserted with it.
    /// </summary>
    public async Task SaveAsync(Article article, AnalysisResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        if (db.Entry(article).State == EntityState.Detached)
        {
            db.Attach(article);
        }

        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            if (article.Id != 0)
            {
                await RemovePreviousAnalysisAsync(article.Id, cancellationToken);
            }

            var registry = await RegisterActorsAsync(result.Actors, cancellationToken);
            var actors = AddActors(article, result.Actors, registry);
            var claims = AddClaims(article, result.Claims, actors);
            AddFigures(article, result.Figures, claims);
            article.AnalyzerVersion = result.Analyzer;
            article.AnalyzedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await new CorrectionApplier(db).ApplyAsync(article.Id, article.Body, cancellationToken);
            await RelinkFlagsAsync(article.Id, cancellationToken);

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private async Task RemovePreviousAnalysisAsync(long articleId, CancellationToken cancellationToken)
    {
        // Rows loaded earlier in this context would otherwise be written back after the bulk delete.
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            var belongs = entry.Entity switch
            {
                Claim c => c.ArticleId == articleId,
                Figure f => f.ArticleId == articleId,
                ArticleActor a => a.ArticleId == articleId,
                Mention m => m.ArticleActor?.ArticleId == articleId,
                _ => false,
            };
            if (belongs)
            {
                entry.State = EntityState.Detached;
            }
        }

        // Flags keep their claim snapshot: the foreign key sets their claim_id to null.
        await db.Figures.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Claims.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleActors.Where(a => a.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
    }

    // Insert-if-missing in SQL so two workers analysing articles that name the same actor never collide.
    private async Task<Dictionary<(ActorKind, string), long>> RegisterActorsAsync(
        IReadOnlyList<EngineActor> actors, CancellationToken cancellationToken)
    {
        var wanted = actors
            .Select(a => (a.Kind, Key: NormalizedActorName.Of(a.Name), a.Name))
            .Where(a => a.Key.Length > 0)
            .DistinctBy(a => (a.Kind, a.Key))
            .ToList();
        var ids = new Dictionary<(ActorKind, string), long>();
        if (wanted.Count == 0)
        {
            return ids;
        }

        var kinds = wanted.Select(a => SnakeCaseEnum.ToText(a.Kind)).ToArray();
        var keys = wanted.Select(a => a.Key).ToArray();
        var names = wanted.Select(a => a.Name).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO actors (kind, normalized_name, name)
            SELECT * FROM unnest({kinds}, {keys}, {names})
            ON CONFLICT (kind, normalized_name) DO NOTHING
            """,
            cancellationToken);
        var found = await db.Actors
            .Where(a => keys.Contains(a.NormalizedName))
            .Select(a => new { a.Id, a.Kind, a.NormalizedName })
            .ToListAsync(cancellationToken);
        foreach (var actor in found)
        {
            ids[(actor.Kind, actor.NormalizedName)] = actor.Id;
        }

        return ids;
    }

    private Dictionary<string, ArticleActor> AddActors(
        Article article, IReadOnlyList<EngineActor> actors, Dictionary<(ActorKind, string), long> registry)
    {
        var byKey = new Dictionary<string, ArticleActor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            var row = new ArticleActor
            {
                Article = article,
                Key = actor.Id,
                Name = actor.Name,
                Kind = actor.Kind,
                ActorId = registry.TryGetValue((actor.Kind, NormalizedActorName.Of(actor.Name)), out var id) ? id : null,
                Mentions = actor.Mentions
                    .Select(m => new Mention { Start = m.Span.Start, End = m.Span.End, Text = m.Text, Type = m.Type })
                    .ToList(),
            };
            db.ArticleActors.Add(row);
            byKey[actor.Id] = row;
        }

        return byKey;
    }

    private Dictionary<string, Claim> AddClaims(
        Article article, IReadOnlyList<Analysis.Claim> claims, Dictionary<string, ArticleActor> actors)
    {
        var byKey = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var source = claim.Attribution.Source;
            var cue = claim.Attribution.Cue;
            var row = new Claim
            {
                Article = article,
                Key = claim.Id,
                Start = claim.Span.Start,
                End = claim.Span.End,
                Text = claim.Text,
                CheckWorthiness = claim.CheckWorthiness,
                AttributionKind = claim.Attribution.Kind,
                SourceStart = source?.Span.Start,
                SourceEnd = source?.Span.End,
                SourceText = source?.Text,
                SourceActorKey = source?.ActorId,
                SourceActor = source?.ActorId is { } actorKey && actors.TryGetValue(actorKey, out var actor) ? actor : null,
                CueStart = cue?.Span.Start,
                CueEnd = cue?.Span.End,
                CueText = cue?.Text,
            };
            db.Claims.Add(row);
            byKey[claim.Id] = row;
        }

        return byKey;
    }

    private void AddFigures(Article article, IReadOnlyList<Analysis.Figure> figures, Dictionary<string, Claim> claims)
    {
        foreach (var figure in figures)
        {
            db.Figures.Add(new Figure
            {
                Article = article,
                Key = figure.Id,
                Start = figure.Span.Start,
                End = figure.Span.End,
                Text = figure.Text,
                Value = figure.Value,
                Unit = figure.Unit,
                Measure = figure.Measure,
                Qualifier = figure.Qualifier,
                ClaimKey = figure.ClaimId,
                Claim = figure.ClaimId is { } claimKey && claims.TryGetValue(claimKey, out var claim) ? claim : null,
            });
        }
    }

    private async Task RelinkFlagsAsync(long articleId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE flags f SET claim_id = c.id
            FROM claims c
            WHERE f.article_id = {articleId} AND f.claim_id IS NULL
              AND c.article_id = {articleId} AND c.text = f.claim_text
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE claims c SET flag_status = latest.status, flagged_at = latest.created_at
            FROM (SELECT DISTINCT ON (claim_id) claim_id, status, created_at
                  FROM flags WHERE article_id = {articleId} AND claim_id IS NOT NULL
                  ORDER BY claim_id, created_at DESC, id DESC) latest
            WHERE c.id = latest.claim_id
            """,
            cancellationToken);
    }
}
