using NewsAnalysis.Data;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Jobs;

/// <summary>At start-up (a new engine version is a new deployment), queues the re-analysis of outdated articles.</summary>
public sealed class ReanalysisScheduler(IServiceScopeFactory scopes, ILogger<ReanalysisScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (await ReanalyzeOutdatedJob.EnqueueIfOutdatedAsync(db, scope.ServiceProvider.GetRequiredService<JobQueue>(), stoppingToken))
        {
            logger.LogInformation("Queued re-analysis of articles analysed by an older engine version");
        }
    }
}
