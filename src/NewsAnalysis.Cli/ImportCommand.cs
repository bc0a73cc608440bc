using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;

namespace NewsAnalysis.Cli;

/// <summary>
/// `import PATH...`: the web app's import pipeline from the command line: the same unpacking, batch rows, chunked
/// analysis and dedupe, so the batch shows on the web's import pages too; a progress bar on stderr.
/// </summary>
internal static class ImportCommand
{
    private const string Usage = """
        import PATH... [--connection CS] [--name NAME] [--max-article-bytes N]

          PATH      a file (.txt .html .json .jsonl .xml .zip) or a folder (its files, recursively)
          --connection   PostgreSQL connection string (default: environment ConnectionStrings__News)
          --name         the batch's name (default: the paths)
          --resume ID    continue an interrupted batch instead of starting one
        Exit code 0 when every item was imported or was a duplicate, 1 when some failed, 2 on usage errors.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var paths = new List<string>();
        string? connection = Environment.GetEnvironmentVariable("ConnectionStrings__News");
        string? name = null;
        long? resume = null;
        var limits = new ImportLimits();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    await Console.Error.WriteLineAsync(Usage);
                    return 0;
                case "--connection":
                    connection = Value(args, ref i);
                    break;
                case "--name":
                    name = Value(args, ref i);
                    break;
                case "--resume":
                    resume = long.Parse(Value(args, ref i), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--max-article-bytes":
                    limits.MaxArticleBytes = long.Parse(Value(args, ref i), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"import: unknown option {args[i]}\n{Usage}");
                    }

                    paths.Add(args[i]);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new UsageException("import: no database: pass --connection or set ConnectionStrings__News");
        }

        if (paths.Count == 0 && resume is null)
        {
            throw new UsageException($"import: give at least one file or folder\n{Usage}");
        }

        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            return CommandLine.Fail($"import: {missing} does not exist");
        }

        var services = new ServiceCollection();
        services.AddNewsDatabase(connection);
        services.AddSingleton(limits);
        services.AddSingleton<ImportProcessor>();
        services.AddScoped<ImportIntake>();
        await using var provider = services.BuildServiceProvider();

        long batchId;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await db.Database.MigrateAsync();
            if (resume is { } id)
            {
                batchId = id;
            }
            else
            {
                var unpacker = new ImportUnpacker(limits);
                var items = Files(paths).SelectMany(f => unpacker.Unpack(f.Name, File.ReadAllBytes(f.Path))).ToList();
                var batch = await scope.ServiceProvider.GetRequiredService<ImportIntake>()
                    .CreateBatchAsync("cli", name ?? string.Join(", ", paths), null, items);
                batchId = batch.Id;
                await Console.Error.WriteLineAsync($"Batch {batchId}: {batch.Total} items ({batch.Failed} unreadable)");
            }
        }

        using var bar = new ProgressBar(Console.Error);
        var progress = new SynchronousProgress(bar.Show);
        var result = await provider.GetRequiredService<ImportProcessor>().RunAsync(batchId, progress);
        bar.Finish(result);

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var failures = await db.ImportItems.AsNoTracking()
                .Where(i => i.ImportBatchId == batchId && (i.Status == ImportItemStatus.Failed || i.Warning != null))
                .OrderBy(i => i.Ordinal)
                .Select(i => new { i.Name, i.Error, i.Warning })
                .Take(50)
                .ToListAsync();
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync($"  {failure.Name}: {failure.Error ?? "warning: " + failure.Warning}");
            }
        }

        return result.Failed > 0 ? 1 : 0;
    }

    private static IEnumerable<(string Name, string Path)> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (Path.GetFileName(path), path);
                continue;
            }

            var root = Path.GetFullPath(path);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!relative.Split('/').Any(part => part.StartsWith('.')) && !relative.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase))
                {
                    yield return (relative, file);
                }
            }
        }
    }

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new UsageException($"import: {args[i]} needs a value");

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>A one-line bar redrawn in place on a terminal; plain lines every 10% when stderr is redirected.</summary>
    private sealed class ProgressBar(TextWriter output) : IDisposable
    {
        private const int Width = 30;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _lastTenth = -1;

        public void Show(ImportProgress progress)
        {
            var filled = (int)(progress.Fraction * Width);
            var rate = progress.Processed / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('.', Width - filled)}] {progress.Processed}/{progress.Total}  imported {progress.Imported}  duplicates {progress.Duplicates}  failed {progress.Failed}  {rate:0.0} items/s");
            if (!Console.IsErrorRedirected)
            {
                output.Write("\r" + line);
                return;
            }

            var tenth = (int)(progress.Fraction * 10);
            if (tenth != _lastTenth)
            {
                _lastTenth = tenth;
                output.WriteLine(line);
            }
        }

        public void Finish(ImportProgress progress)
        {
            Show(progress);
            if (!Console.IsErrorRedirected)
            {
                output.WriteLine();
            }

            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Batch {progress.BatchId} done in {_clock.Elapsed.TotalSeconds:0.0} s: {progress.Imported} imported, {progress.Duplicates} duplicates, {progress.Failed} failed"));
        }

        public void Dispose() => _clock.Stop();
    }
}
