using System.Globalization;
using System.Text;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Figures;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval attribution DIR`: PolNeAR brat files scored as score.py's polnear checks do. A gold attribution is found
/// when an attributed claim's content overlaps its Content (and, for source/both, its source overlaps the Source);
/// precision counts predicted attributed claims the same way.
/// </summary>
internal static class AttributionEval
{
    public const string Help = "DIR [--cue-model PATH] [--attribution-filter PATH | --no-filter]   PolNeAR brat .txt/.ann pairs: source, content and both P/R/F1 (with the shipped models, or ones `train claim-cue-model` / `train claim-attribution-filter` wrote, or without the attribution filter)";

    private readonly record struct Pair(Span Content, Span? Source);

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            throw new UsageException("usage: eval attribution " + Help);
        }

        string? cueModel = null, filter = null;
        var noFilter = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--cue-model" when i + 1 < args.Length && File.Exists(args[i + 1]): cueModel = args[++i]; break;
                case "--attribution-filter" when i + 1 < args.Length && File.Exists(args[i + 1]): filter = args[++i]; break;
                case "--no-filter": noFilter = true; break;
                default: throw new UsageException("usage: eval attribution " + Help);
            }
        }

        var analyzer = cueModel is null && filter is null && !noFilter ? ArticleAnalyzer.Default : WithModels(cueModel, filter, noFilter);
        var files = Directory.GetFiles(args[0], "*.ann").Order(StringComparer.Ordinal).ToList();
        var documents = new List<(List<Pair> Gold, List<Pair> Predicted)>();
        long chars = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var ann in files)
        {
            var text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"), Encoding.UTF8).ReplaceLineEndings("\n");
            chars += text.Length;
            var predicted = analyzer.Analyze(text).Claims
                .Where(c => c.Attribution.Kind != AttributionKind.Unattributed)
                .Select(c => new Pair(c.Span, c.Attribution.Source?.Span))
                .ToList();
            documents.Add((ReadGold(ann), predicted));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} articles, gold {documents.Sum(d => d.Gold.Count)}, predicted {documents.Sum(d => d.Predicted.Count)}, analysed in {watch.Elapsed.TotalSeconds:0.0} s"));
        foreach (var mode in new[] { "source", "content", "both" })
        {
            var (p, r, f) = Score(documents, mode);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"polnear-{mode}: {100 * f:0.00} P {100 * p:0.0} R {100 * r:0.0}"));
        }

        return Task.FromResult(0);
    }

    // The shipped analyzer with other claim models: cross-validating a training change without shipping it.
    private static ArticleAnalyzer WithModels(string? cueModelPath, string? filterPath, bool noFilter)
    {
        CueModel cueModel;
        if (cueModelPath is null)
        {
            cueModel = CueModel.Default;
        }
        else
        {
            using var stream = File.OpenRead(cueModelPath);
            cueModel = CueModel.Load(stream);
        }

        AttributionFilter? filter = null;
        if (filterPath is not null)
        {
            using var stream = File.OpenRead(filterPath);
            filter = AttributionFilter.Load(stream);
        }
        else if (!noFilter)
        {
            filter = AttributionFilter.Default;
        }

        var entities = EntityRecognizer.LoadDefault();
        return new ArticleAnalyzer(entities, new ActorResolver(entities), new FigureExtractor(),
            new ClaimExtractor(CueLexicon.Default, CheckWorthinessModel.Default, cueModel, filter));
    }

    private static (double P, double R, double F1) Score(List<(List<Pair> Gold, List<Pair> Predicted)> documents, string mode)
    {
        int foundGold = 0, goodPredicted = 0, gold = 0, predicted = 0;
        foreach (var (goldPairs, predictedPairs) in documents)
        {
            var g = goldPairs.Where(x => mode != "source" || x.Source is not null).ToList();
            var p = predictedPairs.Where(x => mode != "source" || x.Source is not null).ToList();
            foundGold += g.Count(x => p.Any(y => Match(x, y, mode)));
            goodPredicted += p.Count(y => g.Any(x => Match(x, y, mode)));
            gold += g.Count;
            predicted += p.Count;
        }

        var recall = gold == 0 ? 0 : (double)foundGold / gold;
        var precision = predicted == 0 ? 0 : (double)goodPredicted / predicted;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static bool Match(Pair gold, Pair predicted, string mode) => mode switch
    {
        "content" => gold.Content.Overlaps(predicted.Content),
        "source" => gold.Source is { } s && predicted.Source is { } ps && s.Overlaps(ps),
        _ => gold.Content.Overlaps(predicted.Content)
            && (gold.Source is not { } gs || (predicted.Source is { } ps2 && gs.Overlaps(ps2))),
    };

    // Brat standoff as score.py reads it: a span is min start..max end over its fragments.
    internal static List<(Span Content, Span? Source)> ReadAttributions(string ann) =>
        ReadGold(ann).Select(p => (p.Content, p.Source)).ToList();

    private static List<Pair> ReadGold(string ann)
    {
        var spans = new Dictionary<string, Span>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in File.ReadLines(ann, Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts[0].StartsWith('T') && parts.Length >= 2 && parts[1].IndexOf(' ', StringComparison.Ordinal) is var space and > 0)
            {
                var fragments = parts[1][(space + 1)..].Split(';')
                    .Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(b => (Start: int.Parse(b[0], CultureInfo.InvariantCulture), End: int.Parse(b[1], CultureInfo.InvariantCulture)))
                    .ToList();
                spans[parts[0]] = new Span(fragments.Min(f => f.Start), fragments.Max(f => f.End));
            }
            else if (parts[0].StartsWith('E') && parts.Length >= 2)
            {
                var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var role in parts[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains(':', StringComparison.Ordinal)))
                {
                    var colon = role.IndexOf(':', StringComparison.Ordinal);
                    roles[role[..colon]] = role[(colon + 1)..];
                }

                events.Add(roles);
            }
        }

        var pairs = new List<Pair>();
        foreach (var roles in events)
        {
            if (roles.TryGetValue("Content", out var c) && spans.TryGetValue(c, out var content))
            {
                Span? source = roles.TryGetValue("Source", out var s) && spans.TryGetValue(s, out var sourceSpan) ? sourceSpan : null;
                pairs.Add(new Pair(content, source));
            }
        }

        return pairs;
    }
}
