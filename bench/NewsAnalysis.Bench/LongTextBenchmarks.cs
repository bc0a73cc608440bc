using BenchmarkDotNet.Attributes;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Bench;

/// <summary>
/// One text of 1 and of 4 MB (news articles joined, NA_BENCH_DIR, default the BBC corpus) through the whole analyzer:
/// the engine must stay linear in text size, so the 4 MB mean should be about four times the 1 MB mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LongTextBenchmarks
{
    private string _text = "";

    [Params(1, 4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("NA_BENCH_DIR") ?? "/work/shared/eval/corpus-bbc";
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("SOURCE.txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no *.txt articles under {folder} (set NA_BENCH_DIR)");
        }

        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < Megabytes * 1_000_000; i++)
        {
            text.Append(File.ReadAllText(files[i % files.Count])).Append("\n\n");
        }

        _text = text.ToString(0, Megabytes * 1_000_000);
        ArticleAnalyzer.Default.Analyze("Warm-up: Jane Doe said 3 people were hurt.");
    }

    [Benchmark]
    public int OneLongText() => ArticleAnalyzer.Default.Analyze(_text).Claims.Count;
}
