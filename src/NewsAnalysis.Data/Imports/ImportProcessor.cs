using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Articles;
using Npgsql;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// Works through a batch's pending items in chunks: read and analyse in parallel, then dedupe and store the chunk in one
/// transaction with the items' outcomes. Only pending items are taken, so a batch stopped anywhere resumes where it
/// stopped; an item that cannot be read fails on its own with its reason while the rest goes on.
/// </summary>
public sealed class ImportProcessor(IServiceScopeFactory scopes, ImportLimits limits, TimeProvider clock)
{
    /// <summary>Chunks processed at once by one run.</summary>
    public const int ChunksInFlight = 2;

    private sealed record Outcome(ImportItem Item, ArticleDraft? Draft, AnalysisResult? Analysis, string? Hash, string? Error);

    /// <summary>Processes pending items until none is left.</summary>
    public Task<ImportProgress> RunAsync(long batchId, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(batchId, progress, null, cancellationToken);

    /// <summary>
    /// Processes pending items until none is left, or until <paramref name="budget"/> has passed (then the batch stays
    /// running with items pending: <see cref="ImportProgress.Finished"/> is false and the caller schedules the rest).
    /// </summary>
    public async Task<ImportProgress> RunAsync(
        long batchId, IProgress<ImportProgress>? progress = null, TimeSpan? budget = null, CancellationToken cancellationToken = default)
    {
        await SetStatusAsync(batchId, ImportStatus.Running, cancellationToken);
        var reader = new ImportItemReader(limits);
        var started = clock.GetTimestamp();
        // Chunks in flight side by side: while one is stored (mostly PostgreSQL's work) the next is analysed.
        var workers = Enumerable.Range(0, ChunksInFlight)
            .Select(_ => Task.Run(() => WorkAsync(batchId, reader, progress, budget, started, cancellationToken), cancellationToken))
            .ToList();
        await Task.WhenAll(workers);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var pending = await db.ImportItems.AnyAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Pending, cancellationToken);
        var done = await CountAsync(batchId, cancellationToken);
        if (pending)
        {
            // The budget ran out, or another worker holds the batch's last pending items: they are its to finish.
            progress?.Report(done);
            return done with { Finished = false };
        }

        await SetStatusAsync(batchId, done.Total > 0 && done.Failed == done.Total ? ImportStatus.Failed : ImportStatus.Completed, cancellationToken);
        progress?.Report(done);
        return done;
    }

    /// <summary>Takes chunks one after the other until none is free or the budget has passed.</summary>
    private async Task WorkAsync(
        long batchId, ImportItemReader reader, IProgress<ImportProgress>? progress, TimeSpan? budget, long started, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // >=: two clock reads can be equal, and a zero budget must still mean "no chunk at all".
            if (budget is { } limit && clock.GetElapsedTime(started) >= limit)
            {
                return;
            }

            var stored = false;
            for (var attempt = 1; !stored; attempt++)
            {
                try
                {
                    if (!await ProcessChunkAsync(batchId, reader, cancellationToken))
                    {
                        return;
                    }

                    stored = true;
                }
                // Every pending item is held by another chunk (ours or another worker's).
                catch (ImportBusyException)
                {
                    return;
                }
                // Another chunk stored the same text between our duplicate check and our insert: check again.
                catch (DbUpdateException problem) when (attempt < 3 && problem.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected })
                {
                }
                catch (PostgresException problem) when (attempt < 3 && problem.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected)
                {
                }
            }

            progress?.Report(await CountAsync(batchId, cancellationToken));
        }
    }

    /// <summary>Processes the next chunk; false when no item is pending.</summary>
    private async Task<bool> ProcessChunkAsync(long batchId, ImportItemReader reader, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        // The chunk's items stay locked until its transaction commits: two workers on one batch never take the same
        // items, and a worker that dies releases them untouched.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var items = await db.ImportItems
            .FromSql(
                $"""
                SELECT * FROM import_items
                WHERE import_batch_id = {batchId} AND status = 'pending'
                ORDER BY ordinal LIMIT {limits.ChunkSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return await db.ImportItems.AnyAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Pending, cancellationToken)
                ? throw new ImportBusyException()
                : false;
        }

        var timer = Stopwatch.StartNew();
        var outcomes = new Outcome[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = limits.Parallelism, CancellationToken = cancellationToken }, (index, _) =>
        {
            outcomes[index] = Analyse(items[index], reader);
            return ValueTask.CompletedTask;
        });

        var analysed = timer.Elapsed;
        var hashes = outcomes.Where(o => o.Hash is not null).Select(o => o.Hash!).Distinct().ToList();
        var existing = await db.Articles
            .Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id })
            .ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, cancellationToken);

        var store = scope.ServiceProvider.GetRequiredService<ArticleAnalysisStore>();
        var now = clock.GetUtcNow();
        var added = new Dictionary<string, Article>(StringComparer.Ordinal);
        var fresh = new List<(Article, AnalysisResult)>();
        var links = new List<(ImportItem Item, Article Article)>();
        foreach (var outcome in outcomes)
        {
            var item = outcome.Item;
            item.ProcessedAt = now;
            item.Payload = null;
            if (outcome.Error is not null)
            {
                item.Status = ImportItemStatus.Failed;
                item.Error = outcome.Error.Length > 4000 ? outcome.Error[..4000] : outcome.Error;
                continue;
            }

            item.Warning = outcome.Draft!.Warning;
            if (existing.TryGetValue(outcome.Hash!, out var existingId))
            {
                item.Status = ImportItemStatus.Duplicate;
                item.ArticleId = existingId;
                continue;
            }

            if (added.TryGetValue(outcome.Hash!, out var sameInChunk))
            {
                item.Status = ImportItemStatus.Duplicate;
                links.Add((item, sameInChunk));
                continue;
            }

            var draft = outcome.Draft;
            var article = new Article
            {
                Title = draft.Title,
                Body = draft.Body,
                SourceName = draft.SourceName,
                SourceUrl = draft.SourceUrl,
                PublishedAt = draft.PublishedAt,
                ContentHash = outcome.Hash!,
                ImportedAt = now,
                ImportBatchId = batchId,
            };
            item.Status = ImportItemStatus.Imported;
            links.Add((item, article));
            added[outcome.Hash!] = article;
            fresh.Add((article, outcome.Analysis!));
        }

        await store.AddNewAsync(fresh, cancellationToken);
        foreach (var (item, article) in links)
        {
            item.ArticleId = article.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await UpdateCountsAsync(db, batchId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scope.ServiceProvider.GetService<ILogger<ImportProcessor>>()?.LogInformation(
            "Import batch {BatchId}: {Count} items analysed in {AnalysedMs:F0} ms, stored in {StoredMs:F0} ms",
            batchId, items.Count, analysed.TotalMilliseconds, (timer.Elapsed - analysed).TotalMilliseconds);
        return true;
    }

    private static Outcome Analyse(ImportItem item, ImportItemReader reader)
    {
        try
        {
            var draft = reader.Read(item.Name, item.Format, item.Payload);
            var analysis = ArticleAnalyzer.Default.Analyze(draft.Body);
            return new Outcome(item, draft, analysis, ContentHash.Of(draft.Body), null);
        }
        catch (ImportException problem)
        {
            return new Outcome(item, null, null, null, problem.Message);
        }
        // One text the engine cannot handle must not stop the batch: the item fails with the reason, the rest goes on.
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            return new Outcome(item, null, null, null, $"analysis failed: {problem.GetType().Name}: {problem.Message}");
        }
    }

    private static Task UpdateCountsAsync(NewsDbContext db, long batchId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE import_batches b SET
              done = (SELECT count(*) FROM import_items WHERE import_batch_id = b.id AND status = 'imported'),
              duplicates = (SELECT count(*) FROM import_items WHERE import_batch_id = b.id AND status = 'duplicate'),
              failed = (SELECT count(*) FROM import_items WHERE import_batch_id = b.id AND status = 'failed')
            WHERE b.id = {batchId}
            """,
            cancellationToken);

    private async Task<ImportProgress> CountAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await UpdateCountsAsync(db, batchId, cancellationToken);
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
        return new ImportProgress(batchId, batch.Total, batch.Done, batch.Duplicates, batch.Failed);
    }

    private async Task SetStatusAsync(long batchId, ImportStatus status, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, status), cancellationToken);
    }
}
