using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Bench;

/// <summary>
/// Engine throughput per article over a folder of news texts (NA_BENCH_DIR, default the BBC corpus): the whole
/// analyzer, tokenizer + sentences alone, and tokenizer + NER + actors. Times and allocations are per article;
/// the MB/s column divides the mean article size (UTF-8) by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class ArticleThroughputBenchmarks
{
    public const int Articles = 200;

    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();
    private static readonly ActorResolver Resolver = new(Recognizer);

    private string[] _texts = [];

    /// <summary>Mean UTF-8 bytes per article of the last setup (read by the MB/s column).</summary>
    public static double MeanBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("NA_BENCH_DIR") ?? "/work/shared/eval/corpus-bbc";
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("SOURCE.txt", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no *.txt articles under {folder} (set NA_BENCH_DIR)");
        }

        // Articles spread over the whole folder, repeated when it holds fewer.
        _texts = Enumerable.Range(0, Articles).Select(i => File.ReadAllText(files[i * files.Count / Articles % files.Count])).ToArray();
        MeanBytes = _texts.Average(t => (double)Encoding.UTF8.GetByteCount(t));
        ArticleAnalyzer.Default.Analyze(_texts[0]);
    }

    [Benchmark(OperationsPerInvoke = Articles, Baseline = true)]
    public int FullAnalyzer()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += ArticleAnalyzer.Default.Analyze(text).Actors.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokenizerAndSentences()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += TextDocument.Parse(text).Sentences.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokenizerNerAndActors()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            var document = TextDocument.Parse(text);
            n += Resolver.Resolve(document, Recognizer.Recognize(document)).Count;
        }

        return n;
    }

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new MegabytesPerSecond());
    }

    private sealed class MegabytesPerSecond : IColumn
    {
        public string Id => nameof(MegabytesPerSecond);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of article text analysed per second on one thread";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || MeanBytes == 0 && !TryMeasureBytes())
            {
                return "-";
            }

            var seconds = stats.Mean / 1e9;
            return (MeanBytes / seconds / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        // The summary is printed in the host process, where Setup did not run.
        private static bool TryMeasureBytes()
        {
            new ArticleThroughputBenchmarks().Setup();
            return MeanBytes > 0;
        }
    }
}
