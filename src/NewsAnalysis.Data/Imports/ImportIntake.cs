namespace NewsAnalysis.Data.Imports;

/// <summary>
/// Stores an upload as a batch of pending items, payloads included, before anything is analysed: whatever happens to
/// the process afterwards, the batch can be processed (again) from the database.
/// </summary>
public sealed class ImportIntake(NewsDbContext db, TimeProvider clock)
{
    public async Task<ImportBatch> CreateBatchAsync(
        string kind, string name, string? userId, IEnumerable<UnpackedItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var now = clock.GetUtcNow();
        var batch = new ImportBatch
        {
            Kind = kind,
            Name = name.Length > 500 ? name[..500] : name,
            CreatedById = userId,
            CreatedAt = now,
            Status = ImportStatus.Pending,
        };
        var ordinal = 0;
        foreach (var item in items)
        {
            batch.Items.Add(new ImportItem
            {
                Ordinal = ++ordinal,
                Name = item.Name.Length > 1000 ? item.Name[..1000] : item.Name,
                Format = item.Format,
                Payload = item.Payload,
                Status = item.Error is null ? ImportItemStatus.Pending : ImportItemStatus.Failed,
                Error = item.Error,
                ProcessedAt = item.Error is null ? null : now,
            });
        }

        batch.Total = batch.Items.Count;
        batch.Failed = batch.Items.Count(i => i.Status == ImportItemStatus.Failed);
        if (batch.Total == batch.Failed)
        {
            batch.Status = batch.Total == 0 ? ImportStatus.Completed : ImportStatus.Failed;
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}
