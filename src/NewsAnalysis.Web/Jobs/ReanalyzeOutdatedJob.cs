using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Jobs;

/// <summary>
/// When the engine's version changed, analyses the articles stored by an older version again, a batch per job, and
/// queues the next batch until none is left. Flags stay with their claim (<see cref="ArticleAnalysisStore"/> re-anchors
/// them by the claim's text; a flag whose claim is gone is kept, orphaned).
/// </summary>
public static class ReanalyzeOutdatedJob
{
    public const string Kind = "reanalyze-outdated";

    /// <summary>Small enough that one job never holds the worker for long; other jobs (imports) run between batches.</summary>
    public const int BatchSize = 25;

    public static readonly JobHandler Handler = new(Kind, async (services, _, cancellationToken) =>
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var db = services.GetRequiredService<NewsDbContext>();
        var ids = await Outdated(db).OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            // A context per article: each re-analysis is its own transaction and the change tracker stays small.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ArticleAnalysisStore>().AnalyzeAsync(id, cancellationToken);
        }

        if (ids.Count == BatchSize)
        {
            services.GetRequiredService<JobQueue>().Enqueue(Kind, new { });
            await db.SaveChangesAsync(cancellationToken);
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReanalyzeOutdatedJob))
            .LogInformation("Re-analysed {Count} articles with {Version}", ids.Count, ArticleAnalyzer.Version);
    });

    /// <summary>Articles analysed by another engine version than the running one.</summary>
    public static IQueryable<Data.Articles.Article> Outdated(NewsDbContext db) =>
        db.Articles.Where(a => a.AnalyzerVersion != null && a.AnalyzerVersion != ArticleAnalyzer.Version);

    /// <summary>Queues the re-analysis when outdated articles exist and none is queued or running; true when it queued one.</summary>
    public static async Task<bool> EnqueueIfOutdatedAsync(NewsDbContext db, JobQueue queue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(queue);
        var pending = await db.Jobs.AnyAsync(
            j => j.Kind == Kind && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), cancellationToken);
        if (pending || !await Outdated(db).AnyAsync(cancellationToken))
        {
            return false;
        }

        queue.Enqueue(Kind, new { });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
