using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Imports;

namespace NewsAnalysis.Web.Tests.Faults;

/// <summary>The import under bad input and interruption; the slow, full-size versions are bench/badinput and bench/faults.</summary>
public sealed class ImportFaultTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task Hostile_files_in_one_batch_report_every_bad_item_and_store_every_good_one()
    {
        var batchId = await StartAsync(HostileFiles.Files());
        await RunAsync(batchId, chunkSize: 50);

        await using var db = Web.Database.CreateContext();
        var items = await db.ImportItems.AsNoTracking().Where(i => i.ImportBatchId == batchId).ToListAsync();
        foreach (var prefix in HostileFiles.Bad)
        {
            var hits = items.Where(i => i.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.True(hits.Count > 0, $"{prefix} was not reported");
            Assert.All(hits, i => Assert.True(i.Status == ImportItemStatus.Failed && !string.IsNullOrWhiteSpace(i.Error), $"{i.Name}: {i.Status}"));
        }

        foreach (var prefix in HostileFiles.Good)
        {
            var item = Assert.Single(items, i => i.Name.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(item.Status is ImportItemStatus.Imported or ImportItemStatus.Duplicate, $"{item.Name}: {item.Status} {item.Error}");
            Assert.NotNull(item.ArticleId);
        }

        var jsonLines = items.Where(i => i.Name.StartsWith("big.jsonl line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(HostileFiles.JsonLineCount, jsonLines.Count);
        Assert.Equal(HostileFiles.JsonLineCount - 1, jsonLines.Count(i => i.Status == ImportItemStatus.Failed && i.Error is { Length: > 0 }));
        Assert.DoesNotContain(items, i => i.Status == ImportItemStatus.Pending);

        // The stored texts: each good story once, whole (the duplicate file and the JSON line of story 0 point at one article).
        var bodies = await db.Articles.Where(a => a.ImportBatchId == batchId).Select(a => a.Body).ToListAsync();
        Assert.Equal(5, bodies.Count);
        Assert.Contains(bodies, b => b.Contains("£0.20", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("painting missing for 60 years", StringComparison.Ordinal));
        Assert.Equal(bodies.Count, await db.Articles.Where(a => a.ImportBatchId == batchId && a.AnalyzedAt != null).CountAsync());
    }

    [Fact]
    public async Task An_import_stopped_between_chunks_resumes_without_losing_or_doubling_articles()
    {
        var files = Enumerable.Range(0, 12)
            .Select(i => ($"story-{i}.txt", System.Text.Encoding.UTF8.GetBytes(HostileFiles.Stories[i % 5].Replace("\n\n", $"\n\nUpdate {i}.\n\n", StringComparison.Ordinal))))
            .ToList();
        var batchId = await StartAsync(files);

        // The process "dies" after its first chunk: nothing after that is stored by this run.
        using var stop = new CancellationTokenSource();
        var interrupted = RunAsync(batchId, chunkSize: 4, new StopOnProgress(stop), stop.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted);
        await using (var db = Web.Database.CreateContext())
        {
            // Two chunks are in flight at once: the second was either committed whole before the stop or rolled back whole.
            var stored = await db.Articles.CountAsync(a => a.ImportBatchId == batchId);
            Assert.Contains(stored, new[] { 4, 8 });
            Assert.Equal(stored, await db.ImportItems.CountAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Imported));
        }

        var done = await RunAsync(batchId, chunkSize: 4);

        Assert.Equal(12, done.Imported);
        await using var check = Web.Database.CreateContext();
        var articles = await check.Articles.Where(a => a.ImportBatchId == batchId).ToListAsync();
        Assert.Equal(12, articles.Count);
        Assert.Equal(12, articles.Select(a => a.ContentHash).Distinct(StringComparer.Ordinal).Count());
        Assert.All(articles, a => Assert.NotNull(a.AnalyzedAt));
        Assert.Equal(12, await check.ImportItems.CountAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Imported && i.ArticleId != null));
        Assert.Equal(ImportStatus.Completed, (await check.ImportBatches.SingleAsync(b => b.Id == batchId)).Status);
    }

    private async Task<long> StartAsync(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        await using var scope = Web.Factory.Services.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<ImportStarter>().FilesAsync(files, null, CancellationToken.None);
        return batch.Id;
    }

    private async Task<ImportProgress> RunAsync(long batchId, int chunkSize, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var services = Web.Factory.Services;
        var limits = new ImportLimits { ChunkSize = chunkSize };
        var processor = new ImportProcessor(services.GetRequiredService<IServiceScopeFactory>(), limits, TimeProvider.System);
        return await processor.RunAsync(batchId, progress, cancellationToken);
    }

    /// <summary>Cancels synchronously on the first report (Progress&lt;T&gt; would post it and cancel late).</summary>
    private sealed class StopOnProgress(CancellationTokenSource stop) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => stop.Cancel();
    }
}
