using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Actors;
using Mention = NewsAnalysis.Data.Actors.Mention;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Corrections;
using Claim = NewsAnalysis.Data.Claims.Claim;
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

            var now = clock.GetUtcNow();
            article.AnalyzerVersion = result.Analyzer;
            article.AnalyzedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await new AnalysisRowWriter(db).WriteAsync([(article, result)], now, cancellationToken);
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

    /// <summary>
    /// Inserts new articles (<see cref="Article.Id"/> 0, not tracked) with their analyses in a handful of round trips
    /// inside the caller's transaction, and gives each its id. A new article has no flags or corrections yet; actors
    /// merged by an editor are linked to the actor they were merged into, as <see cref="CorrectionApplier"/> does.
    /// </summary>
    public Task AddNewAsync(IReadOnlyList<(Article Article, AnalysisResult Result)> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Any(a => a.Article.Id != 0))
        {
            throw new ArgumentException("Only new articles (id 0) are added; re-analysis goes through SaveAsync.", nameof(articles));
        }

        return new AnalysisRowWriter(db).WriteAsync(articles, clock.GetUtcNow(), cancellationToken);
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
