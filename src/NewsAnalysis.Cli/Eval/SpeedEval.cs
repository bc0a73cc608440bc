using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Cli.Eval;

/// <summary>`eval speed DIR [--json]`: full analysis over every .txt under DIR on this thread, start-up excluded.</summary>
internal static class SpeedEval
{
    public static Task<int> RunAsync(string[] args)
    {
        var json = args.Contains("--json");
        var dirs = args.Where(a => a != "--json").ToArray();
        if (dirs.Length != 1 || !Directory.Exists(dirs[0]))
        {
            throw new UsageException("usage: eval speed DIR [--json]   (every *.txt under DIR but SOURCE.txt)");
        }

        var texts = CorpusFiles.ReadTexts(dirs[0]);
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var analyzer = ArticleAnalyzer.Default;
        analyzer.Analyze("Warm-up: John Smith said 5,000 people came to London.");

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            var result = analyzer.Analyze(text);
            foreach (var actor in result.Actors)
            {
                var names = actor.Mentions.Count(m => m.Type == MentionType.Name);
                Add(counts, Analysis.Json.AnalysisJson.KindName(actor.Kind), names);
            }

            Add(counts, "figure", result.Figures.Count);
            Add(counts, "claim", result.Claims.Count);
            Add(counts, "attributed claim", result.Claims.Count(c => c.Attribution.Kind != AttributionKind.Unattributed));
            Add(counts, "sentence", result.Sentences.Count);
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var seconds = clock.Elapsed.TotalSeconds;
        var mbPerSecond = bytes / 1e6 / seconds;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                engine = ArticleAnalyzer.Version,
                articles = texts.Count,
                bytes,
                seconds,
                mbPerSecond,
                allocatedBytesPerArticle = allocated / Math.Max(1, texts.Count),
                found = counts,
            }));
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"{texts.Count} articles, {bytes / 1e6:F2} MB in {seconds:F2} s: {mbPerSecond:F2} MB/s on one thread"));
            Console.WriteLine(string.Create(c, $"allocated {allocated / Math.Max(1, texts.Count) / 1024.0:F0} KB per article"));
            foreach (var (kind, n) in counts)
            {
                Console.WriteLine(string.Create(c, $"  {kind}: {n}"));
            }
        }

        return Task.FromResult(0);
    }

    private static void Add(SortedDictionary<string, long> counts, string key, long n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;
}
