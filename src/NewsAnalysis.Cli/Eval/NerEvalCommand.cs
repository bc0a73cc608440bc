using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Analysis;
using NewsAnalysis.Cli.Train;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval ner FILE...`: CoNLL-2003 named entities through the full analyzer, scored as the official scorer does
/// (each document one text, tokens joined by a space, sentences by "\n"; name mentions mapped back to the
/// tokens they overlap; exact spans, micro P/R/F1 and per type).
/// </summary>
internal static class NerEvalCommand
{
    private static readonly Dictionary<ActorKind, string> Types = new()
    {
        [ActorKind.Person] = "PER", [ActorKind.Organization] = "ORG", [ActorKind.Location] = "LOC", [ActorKind.Other] = "MISC",
    };

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            throw new UsageException("usage: eval ner FILE...   (CoNLL-2003, IOB1 or IOB2 tags)");
        }

        var analyzer = ArticleAnalyzer.Default;
        foreach (var path in args)
        {
            var documents = NerCorpus.Read(path);
            var counts = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
            var tokens = 0;
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                var text = NerCorpus.TextOf(d.Sentences);
                var result = analyzer.Analyze(text);
                var goldTokens = d.Document.Tokens;
                tokens += goldTokens.Count;
                var gold = NerCorpus.Spans(d.Sentences.SelectMany(s => s.Select(t => t.Tag)).ToList()).ToHashSet();
                var predicted = new HashSet<(int, int, string)>();
                foreach (var actor in result.Actors)
                {
                    foreach (var mention in actor.Mentions.Where(m => m.Type == MentionType.Name))
                    {
                        var first = -1;
                        var last = -1;
                        for (var i = 0; i < goldTokens.Count; i++)
                        {
                            if (goldTokens[i].Span.Overlaps(mention.Span))
                            {
                                first = first < 0 ? i : first;
                                last = i;
                            }
                        }

                        if (first >= 0)
                        {
                            predicted.Add((first, last + 1, Types[actor.Kind]));
                        }
                    }
                }

                foreach (var type in Types.Values)
                {
                    var g = gold.Where(x => x.Type == type).ToHashSet();
                    var p = predicted.Where(x => x.Item3 == type).ToHashSet();
                    var c = counts.GetValueOrDefault(type);
                    counts[type] = (c.Tp + g.Intersect(p).Count(), c.Predicted + p.Count, c.Gold + g.Count);
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{path}: {documents.Count} documents, {tokens} tokens");
            foreach (var (type, c) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {type,-5} {Prf(c.Tp, c.Predicted, c.Gold)} (gold {c.Gold}, predicted {c.Predicted})");
            }

            var tp = counts.Values.Sum(c => c.Tp);
            Console.WriteLine($"  micro {Prf(tp, counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Gold))}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tokens / seconds:F0} tokens/s through the full analyzer ({seconds:F1} s)"));
        }

        return Task.FromResult(0);
    }

    private static string Prf(int tp, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = gold == 0 ? 0 : (double)tp / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"P {100 * p:F2} R {100 * r:F2} F1 {100 * f:F2}");
    }
}
