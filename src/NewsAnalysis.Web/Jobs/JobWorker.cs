using System.Data.Common;
using System.Text.Json;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Jobs;

/// <summary>
/// Takes jobs from PostgreSQL and runs them, one at a time per process; every instance of the app (or a separate
/// worker process) can run one, the queue hands each job to exactly one of them.
/// </summary>
public sealed class JobWorker(
    IServiceScopeFactory scopes,
    IEnumerable<JobHandler> handlers,
    IConfiguration configuration,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, JobHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollSeconds", 2.0));
        logger.LogInformation("Job worker {Worker} started", Name);
        while (!stoppingToken.IsCancellationRequested)
        {
            bool ranOne;
            try
            {
                ranOne = await RunNextAsync(stoppingToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the worker keeps polling rather than dying.
                logger.LogError(problem, "Job worker {Worker} could not take a job", Name);
                ranOne = false;
            }

            if (!ranOne)
            {
                try
                {
                    await Task.Delay(idle, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Claims and runs the next due job; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var job = await queue.ClaimNextAsync(Name, cancellationToken);
        if (job is null)
        {
            return false;
        }

        var started = TimeProvider.System.GetTimestamp();
        try
        {
            if (!_handlers.TryGetValue(job.Kind, out var handler))
            {
                throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            }

            using var payload = JsonDocument.Parse(job.Payload);
            using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var heartbeat = HeartbeatAsync(job, running.Token);
            try
            {
                await using var work = scopes.CreateAsyncScope();
                await handler.Run(work.ServiceProvider, payload.RootElement, cancellationToken);
            }
            finally
            {
                await running.CancelAsync();
                await heartbeat;
            }

            await queue.CompleteAsync(job, cancellationToken);
            logger.LogInformation("Job {JobId} {Kind} done in {Elapsed} ms", job.Id, job.Kind, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(problem, "Job {JobId} {Kind} failed (attempt {Attempt} of {Max})", job.Id, job.Kind, job.Attempts, JobQueue.MaxAttempts);
            try
            {
                await queue.FailAsync(job, problem.Message, CancellationToken.None);
            }
            catch (Exception unrecorded) when (unrecorded is DbException)
            {
                // The database is away (often the reason the job failed): the claim goes stale and the job is taken
                // again after JobQueue.AbandonedAfter, which is what a retry would have done.
                logger.LogWarning("Job {JobId} {Kind}: its failure could not be recorded ({Problem}); it runs again once its claim goes stale", job.Id, job.Kind, unrecorded.Message);
            }
        }

        return true;
    }

    /// <summary>Renews the claim on a running job until <paramref name="stop"/>, so other workers do not take it.</summary>
    private async Task HeartbeatAsync(Job job, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(JobQueue.HeartbeatEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<JobQueue>().HeartbeatAsync(job, Name, stop);
                }
                catch (Exception problem) when (problem is DbException)
                {
                    logger.LogWarning("Job {JobId}: could not renew its claim ({Problem})", job.Id, problem.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
