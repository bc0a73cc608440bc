using System.Text;
using BenchmarkDotNet.Attributes;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Bench;

/// <summary>
/// Claims (quotes, attribution, check-worthiness) over a news corpus (NA_BENCH_CORPUS, default the BBC texts), on
/// documents tokenised beforehand: MB/s = corpus MB / mean time. Tokenize is there to compare against.
/// Run: dotnet run -c Release --project bench/NewsAnalysis.Bench -- --filter *ClaimExtraction*
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class ClaimExtractionBench
{
    private readonly ClaimExtractor _extractor = new();
    private TextDocument[] _documents = [];
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("NA_BENCH_CORPUS") ?? "/work/shared/eval/corpus-bbc";
        _texts = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("SOURCE.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        _documents = _texts.Select(TextDocument.Parse).ToArray();
        Console.WriteLine($"// corpus: {_texts.Length} texts, {_texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1e6:F2} MB");
    }

    [Benchmark]
    public int ExtractClaims()
    {
        var n = 0;
        foreach (var document in _documents)
        {
            n += _extractor.Extract(document, Array.Empty<Actor>()).Count;
        }

        return n;
    }

    [Benchmark]
    public int FindAttributions()
    {
        // As the engine runs it: the rules propose, the shipped filter keeps what it believes.
        var finder = new AttributionFinder(
            CueLexicon.Default, ClaimExtractor.MinCueStrength, CueModel.Default, ClaimExtractor.MinCueProbability, AttributionFilter.Default);
        var n = 0;
        foreach (var document in _documents)
        {
            n += finder.Find(document, QuoteFinder.Find(document.Text)).Count;
        }

        return n;
    }

    [Benchmark]
    public int ScoreEverySentence()
    {
        var model = CheckWorthinessModel.Default;
        var n = 0;
        foreach (var document in _documents)
        {
            foreach (var sentence in document.Sentences)
            {
                n += model.Score(sentence.Span.SliceOf(document.Text)) >= 0.5 ? 1 : 0;
            }
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += TextDocument.Parse(text).Tokens.Count;
        }

        return n;
    }
}
