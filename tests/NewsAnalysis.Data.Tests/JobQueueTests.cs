using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Data.Tests;

public sealed class JobQueueTests(PostgresFixture database) : DatabaseTest(database)
{
    private async Task EnqueueAsync(int count)
    {
        await using var db = NewContext();
        var queue = new JobQueue(db, TimeProvider.System);
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue("test", new { Number = i });
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Workers_claiming_at_the_same_time_never_get_the_same_job()
    {
        await EnqueueAsync(20);

        async Task<List<long>> Worker(string name)
        {
            var claimed = new List<long>();
            while (true)
            {
                await using var db = NewContext();
                var job = await new JobQueue(db, TimeProvider.System).ClaimNextAsync(name);
                if (job is null)
                {
                    return claimed;
                }

                Assert.Equal(name, job.LockedBy);
                claimed.Add(job.Id);
            }
        }

        var results = await Task.WhenAll(Worker("w1"), Worker("w2"), Worker("w3"));
        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Distinct().Count());
        await using var check = NewContext();
        Assert.Equal(20, await check.Jobs.CountAsync(j => j.Status == JobStatus.Running && j.Attempts == 1));
    }

    [Fact]
    public async Task A_failed_job_is_retried_later_then_given_up()
    {
        await EnqueueAsync(1);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        for (var attempt = 1; attempt <= JobQueue.MaxAttempts; attempt++)
        {
            await using var db = NewContext();
            var queue = new JobQueue(db, clock);
            var job = await queue.ClaimNextAsync("w");
            Assert.NotNull(job);
            Assert.Equal(attempt, job.Attempts);
            await queue.FailAsync(job, $"boom {attempt}");
            Assert.Null(await queue.ClaimNextAsync("w"));
            clock.Advance(TimeSpan.FromHours(1));
        }

        await using var check = NewContext();
        var failed = await check.Jobs.SingleAsync();
        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Equal("boom 3", failed.Error);
        Assert.Null(await new JobQueue(check, clock).ClaimNextAsync("w"));
    }

    [Fact]
    public async Task A_job_of_a_worker_that_died_is_taken_again()
    {
        await EnqueueAsync(1);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using (var db = NewContext())
        {
            Assert.NotNull(await new JobQueue(db, clock).ClaimNextAsync("dead"));
        }

        clock.Advance(JobQueue.AbandonedAfter + TimeSpan.FromMinutes(1));
        await using (var db = NewContext())
        {
            var again = await new JobQueue(db, clock).ClaimNextAsync("alive");
            Assert.NotNull(again);
            Assert.Equal(2, again.Attempts);
            Assert.Equal("alive", again.LockedBy);
            await new JobQueue(db, clock).CompleteAsync(again);
        }

        await using var check = NewContext();
        Assert.Equal(JobStatus.Succeeded, (await check.Jobs.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_job_whose_worker_keeps_its_heartbeat_is_not_taken()
    {
        await EnqueueAsync(1);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        Job claimed;
        await using (var db = NewContext())
        {
            claimed = (await new JobQueue(db, clock).ClaimNextAsync("busy"))!;
        }

        for (var beat = 0; beat < 10; beat++)
        {
            clock.Advance(JobQueue.HeartbeatEvery);
            await using var db = NewContext();
            await new JobQueue(db, clock).HeartbeatAsync(claimed, "busy");
        }

        await using (var db = NewContext())
        {
            Assert.Null(await new JobQueue(db, clock).ClaimNextAsync("other"));
        }

        clock.Advance(JobQueue.AbandonedAfter + TimeSpan.FromSeconds(1));
        await using (var db = NewContext())
        {
            Assert.Equal("other", (await new JobQueue(db, clock).ClaimNextAsync("other"))?.LockedBy);
        }
    }

    [Fact]
    public async Task A_job_due_later_waits()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var db = NewContext();
        var queue = new JobQueue(db, clock);
        queue.Enqueue("test", new { }, clock.GetUtcNow().AddMinutes(5));
        await db.SaveChangesAsync();
        Assert.Null(await queue.ClaimNextAsync("w"));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.NotNull(await queue.ClaimNextAsync("w"));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
