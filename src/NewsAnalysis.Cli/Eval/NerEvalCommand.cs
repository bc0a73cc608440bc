using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;
using NewsAnalysis.Cli.Train;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval ner FILE...`: CoNLL-2003 named entities through the full analyzer, scored as the official scorer does
/// (each document one text, tokens joined by a space, sentences by "\n"; name mentions mapped back to the
/// tokens they overlap; exact spans, micro P/R/F1 and per type). OntoNotes-style files (PERSON, GPE, NORP...) are
/// scored as the official `ner-onto` check does: PERSON, ORG and GPE+LOC only; a name on a span gold gives another
/// type (NORP, FAC, EVENT...) and the recogniser's MISC names are left out.
/// </summary>
internal static class NerEvalCommand
{
    private static readonly Dictionary<ActorKind, string> Types = new()
    {
        [ActorKind.Person] = "PER", [ActorKind.Organization] = "ORG", [ActorKind.Location] = "LOC", [ActorKind.Other] = "MISC",
    };

    private static readonly Dictionary<string, string> OntoTypes = new(StringComparer.Ordinal)
    {
        ["PERSON"] = "PER", ["ORG"] = "ORG", ["GPE"] = "LOC", ["LOC"] = "LOC",
    };

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            throw new UsageException("usage: eval ner [--errors] [--recognizer] [--model PATH] [--seen TRAIN] FILE...   (CoNLL-2003 or OntoNotes types, IOB1 or IOB2 tags)");
        }

        // --model PATH: another ner.bin (a retrained candidate) instead of the shipped one.
        var model = Option(ref args, "--model");
        // --seen TRAIN: also scores names whose words are (or are not) a name in that training file apart: held-out
        // text is mostly names the model never saw.
        var seenFile = Option(ref args, "--seen");
        var seenNames = seenFile is null ? null : TrainingNames(seenFile);

        // --errors: every missed and every wrong name on stderr, with its sentence, to see where F1 goes.
        var errors = args.Contains("--errors");
        // --recognizer: the recogniser's names on our tokens, before the actor resolver (kind vote, clean-up).
        var recognizerOnly = args.Contains("--recognizer");
        args = args.Where(a => a is not "--errors" and not "--recognizer").ToArray();
        var entities = model is null ? EntityRecognizer.LoadDefault() : LoadModel(model);
        var recognizer = recognizerOnly ? entities : null;

        var analyzer = model is null ? ArticleAnalyzer.Default
            : new ArticleAnalyzer(entities, new ActorResolver(entities), new NewsAnalysis.Analysis.Figures.FigureExtractor(), new NewsAnalysis.Analysis.Claims.ClaimExtractor());
        foreach (var path in args)
        {
            var documents = NerCorpus.Read(path);
            var counts = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
            var buckets = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
            var tokens = 0;
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                var text = NerCorpus.TextOf(d.Sentences);
                var names = recognizer is null ? NameMentions(analyzer.Analyze(text)) : RecognizedNames(recognizer, text);
                var goldTokens = d.Document.Tokens;
                tokens += goldTokens.Count;
                var allGold = NerCorpus.Spans(d.Sentences.SelectMany(s => s.Select(t => t.Tag)).ToList()).ToList();
                var onto = allGold.Any(g => g.Type is "PERSON" or "GPE" or "NORP" or "FAC" or "EVENT" or "PRODUCT" or "WORK_OF_ART");
                var gold = onto
                    ? allGold.Where(g => OntoTypes.ContainsKey(g.Type)).Select(g => (g.Start, g.End, OntoTypes[g.Type])).ToHashSet()
                    : allGold.Select(g => (g.Start, g.End, g.Type)).ToHashSet();
                var unscored = onto ? allGold.Where(g => !OntoTypes.ContainsKey(g.Type)).Select(g => (g.Start, g.End)).ToHashSet() : [];
                var predicted = new HashSet<(int, int, string)>();
                foreach (var (span, kind) in names)
                {
                    {
                        var first = -1;
                        var last = -1;
                        for (var i = 0; i < goldTokens.Count; i++)
                        {
                            if (goldTokens[i].Span.Overlaps(span))
                            {
                                first = first < 0 ? i : first;
                                last = i;
                            }
                        }

                        if (first >= 0 && !(onto && (kind == ActorKind.Other || unscored.Contains((first, last + 1)))))
                        {
                            predicted.Add((first, last + 1, Types[kind]));
                        }
                    }
                }

                if (errors)
                {
                    var allTokens = d.Sentences.SelectMany(s => s).Select(t => t.Token).ToList();
                    string Words((int, int, string) e) =>
                        $"{e.Item3} [{string.Join(' ', allTokens[e.Item1..e.Item2])}]  ... {string.Join(' ', allTokens[Math.Max(0, e.Item1 - 5)..Math.Min(allTokens.Count, e.Item2 + 5)])}";
                    foreach (var e in gold.Except(predicted).OrderBy(e => e.Item1))
                    {
                        Console.Error.WriteLine($"miss  {Words(e)}");
                    }

                    foreach (var e in predicted.Except(gold).OrderBy(e => e.Item1))
                    {
                        Console.Error.WriteLine($"wrong {Words(e)}");
                    }
                }

                if (seenNames is not null)
                {
                    var words = d.Sentences.SelectMany(s => s).Select(t => t.Token).ToList();
                    string Bucket((int Start, int End, string) e) => seenNames.Contains(string.Join(' ', words[e.Start..e.End])) ? "seen" : "unseen";
                    foreach (var bucket in new[] { "seen", "unseen" })
                    {
                        var g = gold.Where(x => Bucket(x) == bucket).ToHashSet();
                        var p = predicted.Where(x => Bucket(x) == bucket).ToHashSet();
                        var c = buckets.GetValueOrDefault(bucket);
                        buckets[bucket] = (c.Tp + g.Intersect(p).Count(), c.Predicted + p.Count, c.Gold + g.Count);
                    }
                }

                foreach (var type in onto ? OntoTypes.Values.Distinct() : Types.Values)
                {
                    var g = gold.Where(x => x.Item3 == type).ToHashSet();
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

            foreach (var (bucket, c) in buckets.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {bucket,-6} {Prf(c.Tp, c.Predicted, c.Gold)} (gold {c.Gold}, predicted {c.Predicted}; names of {seenFile})");
            }

            var tp = counts.Values.Sum(c => c.Tp);
            Console.WriteLine($"  micro {Prf(tp, counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Gold))}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tokens / seconds:F0} tokens/s through the full analyzer ({seconds:F1} s)"));
        }

        return Task.FromResult(0);
    }

    private static string? Option(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length)
        {
            throw new UsageException($"eval ner: {name} needs a value");
        }

        var value = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }

    private static EntityRecognizer LoadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return EntityRecognizer.Load(stream);
    }

    // The words of every name annotated in a CoNLL training file, as the scorer's tokens join them.
    private static HashSet<string> TrainingNames(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in NerCorpus.Read(path))
        {
            var words = d.Sentences.SelectMany(s => s).Select(t => t.Token).ToList();
            foreach (var (start, end, _) in NerCorpus.Spans(d.Sentences.SelectMany(s => s.Select(t => t.Tag)).ToList()))
            {
                names.Add(string.Join(' ', words[start..end]));
            }
        }

        return names;
    }

    private static IEnumerable<(Span, ActorKind)> NameMentions(AnalysisResult result) =>
        result.Actors.SelectMany(a => a.Mentions.Where(m => m.Type == MentionType.Name).Select(m => (m.Span, a.Kind)));

    private static IEnumerable<(Span, ActorKind)> RecognizedNames(EntityRecognizer recognizer, string text) =>
        recognizer.Recognize(TextDocument.Parse(text)).Select(e => (e.Span, e.Kind));

    private static string Prf(int tp, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = gold == 0 ? 0 : (double)tp / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"P {100 * p:F2} R {100 * r:F2} F1 {100 * f:F2}");
    }
}
