using System.Text;
using BenchmarkDotNet.Attributes;
using NewsAnalysis.Analysis.Figures;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Bench;

/// <summary>
/// Figures over a news corpus (NA_BENCH_CORPUS, default the BBC texts): MB/s = corpus MB / mean time.
/// Run: dotnet run -c Release --project bench/NewsAnalysis.Bench -- --filter *FigureExtraction*
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class FigureExtractionBench
{
    private readonly FigureExtractor _extractor = new();
    private TextDocument[] _documents = [];
    private string _joined = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("NA_BENCH_CORPUS") ?? "/work/shared/eval/corpus-bbc";
        var texts = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("SOURCE.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        _documents = texts.Select(t => new TextDocument(t, [], [])).ToArray();
        _joined = string.Join("\n\n", texts);
        Console.WriteLine($"// corpus: {texts.Length} texts, {Encoding.UTF8.GetByteCount(_joined) / 1e6:F2} MB");
    }

    [Benchmark]
    public int ExtractArticles()
    {
        var n = 0;
        foreach (var document in _documents)
        {
            n += _extractor.Extract(document).Count;
        }

        return n;
    }

    [Benchmark]
    public int ReadWithoutMeasures() => new FigureReader(_joined, PieceScanner.Scan(_joined)).ReadAll().Count;

    [Benchmark]
    public int LookupEveryWord()
    {
        var pieces = PieceScanner.Scan(_joined);
        var n = 0;
        foreach (var p in pieces)
        {
            if (p.Kind == PieceKind.Word && NumberWords.TryGet(_joined.AsSpan(p.Start, p.Length), out _))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int ScanPiecesOnly() => PieceScanner.Scan(_joined).Count;
}
