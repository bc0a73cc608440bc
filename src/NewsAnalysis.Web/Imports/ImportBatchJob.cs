using System.Text.Json;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.Web.Jobs;

namespace NewsAnalysis.Web.Imports;

/// <summary>
/// Processes an import batch's pending items for at most <see cref="Slice"/>, then queues itself for the rest: a job
/// never runs long enough to be taken for abandoned, and other jobs get their turn during a large import.
/// </summary>
public static class ImportBatchJob
{
    public const string Kind = "import-batch";

    public static readonly TimeSpan Slice = TimeSpan.FromMinutes(3);

    public sealed record Payload(long BatchId);

    public static Job Enqueue(JobQueue queue, long batchId) => queue.Enqueue(Kind, new Payload(batchId));

    public static readonly JobHandler Handler = new(Kind, async (services, payload, cancellationToken) =>
    {
        var batchId = payload.Deserialize<Payload>()?.BatchId ?? throw new JsonException("import-batch needs a batchId");
        var progress = await services.GetRequiredService<ImportProcessor>().RunAsync(batchId, null, Slice, cancellationToken);
        if (!progress.Finished)
        {
            var db = services.GetRequiredService<NewsAnalysis.Data.NewsDbContext>();
            // A moment later: when another worker holds the last items, this does not spin through job rows.
            var later = services.GetRequiredService<TimeProvider>().GetUtcNow().AddSeconds(2);
            services.GetRequiredService<JobQueue>().Enqueue(Kind, new Payload(batchId), later);
            await db.SaveChangesAsync(cancellationToken);
        }
    });
}
