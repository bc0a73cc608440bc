using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Imports;

/// <summary>Turns what an admin gave (pasted text, files, a feed) into a stored batch and queues its processing.</summary>
public sealed class ImportStarter(NewsDbContext db, ImportIntake intake, ImportUnpacker unpacker, FeedFetcher feeds, JobQueue queue)
{
    public Task<ImportBatch> PasteAsync(string title, string text, string? source, string? url, string? userId, CancellationToken cancellationToken)
    {
        var record = new ArticleRecord(title, text, source, url);
        return StartAsync("paste", title, userId, [UnpackedItem.Ok(title, ImportFormats.Record, record.ToPayload())], cancellationToken);
    }

    public Task<ImportBatch> FilesAsync(IReadOnlyList<(string Name, byte[] Bytes)> files, string? userId, CancellationToken cancellationToken)
    {
        var items = files.SelectMany(f => unpacker.Unpack(f.Name, f.Bytes)).ToList();
        var name = files.Count == 1 ? files[0].Name : $"{files.Count} files";
        return StartAsync("files", name, userId, items, cancellationToken);
    }

    public async Task<ImportBatch> FeedAsync(string url, string? userId, CancellationToken cancellationToken)
    {
        var items = await feeds.FetchAsync(url, cancellationToken);
        return await StartAsync("feed", url, userId, items, cancellationToken);
    }

    private async Task<ImportBatch> StartAsync(string kind, string name, string? userId, IReadOnlyList<UnpackedItem> items, CancellationToken cancellationToken)
    {
        // The batch and its job are stored together: a batch is never left pending with nobody to process it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await intake.CreateBatchAsync(kind, name, userId, items, cancellationToken);
        if (batch.Status == ImportStatus.Pending)
        {
            ImportBatchJob.Enqueue(queue, batch.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return batch;
    }
}
