using System.Text.Json;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.Web.Jobs;

namespace NewsAnalysis.Web.Imports;

/// <summary>Processes an import batch's pending items; run again after a crash, it continues with what is left.</summary>
public static class ImportBatchJob
{
    public const string Kind = "import-batch";

    public sealed record Payload(long BatchId);

    public static Job Enqueue(JobQueue queue, long batchId) => queue.Enqueue(Kind, new Payload(batchId));

    public static readonly JobHandler Handler = new(Kind, async (services, payload, cancellationToken) =>
    {
        var batchId = payload.Deserialize<Payload>()?.BatchId ?? throw new JsonException("import-batch needs a batchId");
        await services.GetRequiredService<ImportProcessor>().RunAsync(batchId, null, cancellationToken);
    });
}
