using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval attribution-kinds FILE`: what PolNeAR does not score, the kind of each attributed statement, its source and
/// the actor a pronoun or nominal source stands for, on a hand-annotated gold set (bench/attribution-kinds/gold.jsonl).
/// A gold statement is found when an attributed claim's content overlaps its content; among several such claims the
/// one whose source overlaps the gold source, then the one overlapping most, answers for it.
/// </summary>
internal static class AttributionKindsEval
{
    public const string Help = "FILE [--details]  JSON Lines {id, text, statements: [{content, kind, source, actor}]} (bench/attribution-kinds/gold.jsonl): attributed P/R, and of the statements found the share with the right kind, source and actor";

    private sealed record GoldStatement(Span Content, AttributionKind Kind, Span? Source, string? Actor);

    private sealed class Tally
    {
        public int Gold, Found, KindRight, SourceRight, ActorGold, ActorRight, Predicted, PredictedRight, Unattributed, UnattributedInGold;

        public readonly Dictionary<(AttributionKind Gold, AttributionKind Predicted), int> Kinds = [];
    }

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length is 0 or > 2 || !File.Exists(args[0]) || (args.Length == 2 && args[1] != "--details"))
        {
            throw new UsageException("usage: eval attribution-kinds " + Help);
        }

        var details = args.Length == 2;
        var tally = new Tally();
        var analyzer = ArticleAnalyzer.Default;
        foreach (var line in File.ReadLines(args[0], Encoding.UTF8).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var text = json.RootElement.GetProperty("text").GetString()!;
            var gold = json.RootElement.GetProperty("statements").EnumerateArray().Select(ReadStatement).ToList();
            Score(id, text, gold, analyzer.Analyze(text), tally, details);
        }

        Print(tally);
        return Task.FromResult(0);
    }

    private static GoldStatement ReadStatement(JsonElement s)
    {
        static Span SpanOf(JsonElement e) => new(e[0].GetInt32(), e[1].GetInt32());
        var kind = Enum.Parse<AttributionKind>(s.GetProperty("kind").GetString()!, ignoreCase: true);
        var source = s.GetProperty("source");
        var actor = s.GetProperty("actor");
        return new GoldStatement(SpanOf(s.GetProperty("content")), kind,
            source.ValueKind == JsonValueKind.Null ? null : SpanOf(source),
            actor.ValueKind == JsonValueKind.Null ? null : actor.GetString());
    }

    private static void Score(string id, string text, List<GoldStatement> gold, AnalysisResult result, Tally tally, bool details)
    {
        var attributed = result.Claims.Where(c => c.Attribution.Kind != AttributionKind.Unattributed).ToList();
        tally.Predicted += attributed.Count;
        tally.PredictedRight += attributed.Count(c => gold.Exists(g => g.Content.Overlaps(c.Span)));
        foreach (var extra in attributed.Where(c => details && !gold.Exists(g => g.Content.Overlaps(c.Span))))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id} extra: {extra.Attribution.Kind.ToString().ToLowerInvariant()} by {extra.Attribution.Source?.Text ?? "-"} ({extra.Attribution.Cue?.Text ?? "-"}): {Clip(extra.Text)}"));
        }

        var unattributed = result.Claims.Where(c => c.Attribution.Kind == AttributionKind.Unattributed).ToList();
        tally.Unattributed += unattributed.Count;
        tally.UnattributedInGold += unattributed.Count(c => gold.Exists(g => g.Content.Overlaps(c.Span)));
        foreach (var g in gold)
        {
            tally.Gold++;
            var claim = attributed.Where(c => c.Span.Overlaps(g.Content))
                .OrderByDescending(c => SourceRight(g, c, result) ? 1 : 0)
                .ThenByDescending(c => Math.Min(c.Span.End, g.Content.End) - Math.Max(c.Span.Start, g.Content.Start))
                .FirstOrDefault();
            if (claim is null)
            {
                tally.Kinds[(g.Kind, AttributionKind.Unattributed)] = tally.Kinds.GetValueOrDefault((g.Kind, AttributionKind.Unattributed)) + 1;
                Detail(details, id, "missed", g, text, null);
                continue;
            }

            tally.Found++;
            tally.ActorGold += g.Actor is null ? 0 : 1;
            var kind = claim.Attribution.Kind;
            tally.Kinds[(g.Kind, kind)] = tally.Kinds.GetValueOrDefault((g.Kind, kind)) + 1;
            tally.KindRight += kind == g.Kind ? 1 : 0;
            var sourceRight = SourceRight(g, claim, result);
            tally.SourceRight += sourceRight ? 1 : 0;
            var actorRight = g.Actor is { } name && ActorRight(name, claim, result);
            tally.ActorRight += actorRight ? 1 : 0;
            if (kind != g.Kind || !sourceRight || (g.Actor is not null && !actorRight))
            {
                Detail(details, id, "wrong", g, text, claim);
            }
        }
    }

    // A gold statement without a source ("is reported to") is right only when the claim names none either; a pronoun
    // or a continued quotation's speaker is also right when the claim names another mention of the actor meant.
    private static bool SourceRight(GoldStatement g, Claim c, AnalysisResult result) =>
        g.Source is { } s
            ? c.Attribution.Source is { } ps && (ps.Span.Overlaps(s) || (g.Actor is { } name && ActorRight(name, c, result)))
            : c.Attribution.Source is null;

    // "Eastman" and "Professor Cres Eastman" name the same person: one name ends the other at a word boundary.
    private static bool ActorRight(string name, Claim claim, AnalysisResult result)
    {
        var actor = result.Actors.FirstOrDefault(a => a.Id == claim.Attribution.Source?.ActorId);
        return actor is not null && actor.Mentions.Where(m => m.Type == MentionType.Name).Select(m => m.Text).Append(actor.Name)
            .Any(n => EndsWithWord(n, name) || EndsWithWord(name, n));
    }

    private static bool EndsWithWord(string longer, string shorter) =>
        longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase)
        && (longer.Length == shorter.Length || longer[longer.Length - shorter.Length - 1] == ' ');

    private static void Detail(bool details, string id, string what, GoldStatement g, string text, Claim? c)
    {
        if (!details)
        {
            return;
        }

        var content = Clip(g.Content.Of(text));
        var source = g.Source?.Of(text) ?? "-";
        var predicted = c is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $" | got {c.Attribution.Kind.ToString().ToLowerInvariant()} by {c.Attribution.Source?.Text ?? "-"} ({c.Attribution.Source?.ActorId ?? "-"}, {c.Attribution.Cue?.Text ?? "-"}): {Clip(c.Text)}");
        Console.WriteLine($"{id} {what}: {g.Kind.ToString().ToLowerInvariant()} by {source}{(g.Actor is null ? "" : " = " + g.Actor)}: {content}{predicted}");
    }

    private static string Clip(string s) => s.Length <= 70 ? s : string.Concat(s.AsSpan(0, 67), "...");

    private static void Print(Tally t)
    {
        static string Pct(int n, int d) => d == 0 ? "-" : (100.0 * n / d).ToString("0.0", CultureInfo.InvariantCulture);
        var p = t.Predicted == 0 ? 0 : (double)t.PredictedRight / t.Predicted;
        var r = t.Gold == 0 ? 0 : (double)t.Found / t.Gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"attributed: F1 {100 * f:0.0} P {100 * p:0.0} R {100 * r:0.0} (gold {t.Gold}, found {t.Found}, predicted {t.Predicted})"));
        Console.WriteLine($"unattributed claims inside gold statements: {t.UnattributedInGold} of {t.Unattributed} (precision {Pct(t.Unattributed - t.UnattributedInGold, t.Unattributed)})");
        Console.WriteLine($"of found: kind {Pct(t.KindRight, t.Found)}, source {Pct(t.SourceRight, t.Found)} ({t.KindRight}, {t.SourceRight} of {t.Found})");
        Console.WriteLine($"of found with a pronoun/nominal/continued source: actor {Pct(t.ActorRight, t.ActorGold)} ({t.ActorRight} of {t.ActorGold})");
        var kinds = Enum.GetValues<AttributionKind>();
        Console.WriteLine("gold \\ got   " + string.Concat(kinds.Select(k => $"{k.ToString().ToLowerInvariant(),13}")));
        foreach (var g in kinds.Where(k => k != AttributionKind.Unattributed))
        {
            Console.WriteLine($"{g.ToString().ToLowerInvariant(),-12} " + string.Concat(kinds.Select(k => $"{t.Kinds.GetValueOrDefault((g, k)),13}")));
        }
    }
}
