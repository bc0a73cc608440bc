using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Data.Jobs;

/// <summary>
/// The jobs table used as a queue: any number of worker processes claim jobs with <c>FOR UPDATE SKIP LOCKED</c>, so each
/// job runs once; a failed job is retried later with back-off, up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class JobQueue(NewsDbContext db, TimeProvider clock)
{
    public const int MaxAttempts = 3;

    /// <summary>
    /// A job whose worker has not said it is alive (claim or <see cref="HeartbeatAsync"/>) for this long belongs to a
    /// worker that died or lost the database; it is queued again. Short, so a killed process's import resumes soon.
    /// </summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    /// <summary>How often a worker running a job renews its claim; well inside <see cref="AbandonedAfter"/>.</summary>
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(10);

    /// <summary>Adds a job (saved with the caller's other changes when they call SaveChanges).</summary>
    public Job Enqueue<TPayload>(string kind, TPayload payload, DateTimeOffset? runAfter = null)
    {
        var now = clock.GetUtcNow();
        var job = new Job
        {
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload),
            Status = JobStatus.Queued,
            RunAfter = runAfter ?? now,
            CreatedAt = now,
        };
        db.Jobs.Add(job);
        return job;
    }

    /// <summary>Claims the oldest due job for <paramref name="worker"/>, or returns null when none is due.</summary>
    public async Task<Job?> ClaimNextAsync(string worker, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var abandoned = now - AbandonedAfter;
        await db.Database.ExecuteSqlAsync(
            $"UPDATE jobs SET status = 'queued', locked_by = NULL, locked_at = NULL WHERE status = 'running' AND locked_at < {abandoned}",
            cancellationToken);
        var claimed = await db.Jobs
            .FromSql(
                $"""
                UPDATE jobs SET status = 'running', locked_by = {worker}, locked_at = {now}, attempts = attempts + 1
                WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_after <= {now}
                            ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    /// <summary>Renews <paramref name="worker"/>'s claim on a running job so it is not taken for abandoned.</summary>
    public async Task HeartbeatAsync(Job job, string worker, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.Jobs.Where(j => j.Id == job.Id && j.LockedBy == worker && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LockedAt, now), cancellationToken);
    }

    public async Task CompleteAsync(Job job, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(j => j.Status, JobStatus.Succeeded)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.Error, (string?)null),
            cancellationToken);
    }

    /// <summary>Records the error; the job is queued again after a back-off unless it used all its attempts.</summary>
    public async Task FailAsync(Job job, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var final = job.Attempts >= MaxAttempts;
        var retryAt = now + TimeSpan.FromSeconds(10 * Math.Pow(3, job.Attempts - 1));
        var trimmed = error.Length > 4000 ? error[..4000] : error;
        await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(j => j.Status, final ? JobStatus.Failed : JobStatus.Queued)
                .SetProperty(j => j.RunAfter, final ? job.RunAfter : retryAt)
                .SetProperty(j => j.FinishedAt, final ? now : null)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedAt, (DateTimeOffset?)null)
                .SetProperty(j => j.Error, trimmed),
            cancellationToken);
    }
}
