using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval coref FILE [DIR]`: the hand-made coreference gold (bench/coref-wikinews/gold.jsonl) against the actors the
/// analyzer finds. A gold pronoun or nominal is right when the actor holding the engine's mention at its offset is
/// named as the gold antecedent; a gold "none" is wrongly linked when the engine gives it any actor.
/// </summary>
internal static class CorefEval
{
    public const string Help = "FILE [DIR] [--list]  coreference gold JSON Lines (bench/coref-wikinews/gold.jsonl) over the articles in DIR: accuracy per pronoun group";

    private static readonly string[] Groups = ["he/she", "they/it", "nominal"];

    private sealed record GoldMention(string Article, int Offset, string Mention, string Group, string? Antecedent, string[] Names);

    private sealed class Tally
    {
        public int Gold;        // mentions whose antecedent is a named actor
        public int Linked;      // ... that the engine linked to some actor
        public int Correct;     // ... to the actor named as the antecedent
        public int None;        // mentions that name no actor
        public int WronglyLinked;
    }

    public static Task<int> RunAsync(string[] args)
    {
        var list = args.Contains("--list");
        var positional = args.Where(a => a != "--list").ToArray();
        if (positional.Length is < 1 or > 2 || !File.Exists(positional[0]))
        {
            throw new UsageException("usage: eval coref " + Help);
        }

        // The gold's articles are the Wikinews demo texts the web app seeds: found from the repo by default.
        var folder = positional.Length == 2 ? positional[1]
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(positional[0]))!, "..", "..", "src", "NewsAnalysis.Web", "Seeding", "Wikinews");
        if (!Directory.Exists(folder))
        {
            throw new UsageException("usage: eval coref " + Help + " (no article folder " + folder + ")");
        }

        var gold = File.ReadLines(positional[0]).Where(l => l.Length > 0).Select(Parse).ToList();
        var analyzer = ArticleAnalyzer.Default;
        var tallies = Groups.ToDictionary(g => g, _ => new Tally(), StringComparer.Ordinal);
        var all = new Tally();
        foreach (var article in gold.GroupBy(g => g.Article, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(folder, article.Key), Encoding.UTF8).ReplaceLineEndings("\n");
            var actors = analyzer.Analyze(text).Actors;
            var linked = new Dictionary<int, Actor>();
            foreach (var actor in actors)
            {
                foreach (var mention in actor.Mentions.Where(m => m.Type != MentionType.Name))
                {
                    linked[mention.Span.Start] = actor;
                }
            }

            foreach (var g in article)
            {
                if (!text.AsSpan(g.Offset).StartsWith(g.Mention, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{g.Article}@{g.Offset}: the text does not read '{g.Mention}' there");
                }

                var found = linked.GetValueOrDefault(g.Offset);
                var right = found is not null && g.Antecedent is not null && Names(found, g.Names);
                foreach (var t in new[] { tallies[g.Group], all })
                {
                    Count(t, g, found, right);
                }

                if (list && (g.Antecedent is null ? found is not null : !right))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{g.Article}@{g.Offset}\t{g.Mention}\tgold {g.Antecedent ?? "none"}\tengine {found?.Name ?? "-"}"));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{gold.Select(g => g.Article).Distinct().Count()} articles, {all.Gold + all.None} mentions ({all.Gold} name an actor, {all.None} none)"));
        foreach (var (name, t) in tallies.Append(new KeyValuePair<string, Tally>("all", all)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"coref-{name}: accuracy {Percent(t.Correct, t.Gold)} (right {t.Correct}/{t.Gold}), linked {Percent(t.Linked, t.Gold)}, precision {Percent(t.Correct, t.Linked)}, none wrongly linked {Percent(t.WronglyLinked, t.None)} ({t.WronglyLinked}/{t.None})"));
        }

        return Task.FromResult(0);
    }

    private static void Count(Tally t, GoldMention g, Actor? found, bool right)
    {
        if (g.Antecedent is null)
        {
            t.None++;
            t.WronglyLinked += found is null ? 0 : 1;
            return;
        }

        t.Gold++;
        t.Linked += found is null ? 0 : 1;
        t.Correct += right ? 1 : 0;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    // The actor is the one meant when one of its names is a gold name, or its name is part of one ("Wilkins" for
    // "Kristen Wilkins"); a longer name holding the gold one is another actor ("Andy Warhol Foundation").
    private static bool Names(Actor actor, string[] gold)
    {
        var names = actor.Mentions.Where(m => m.Type == MentionType.Name).Select(m => Normal(m.Text)).Append(Normal(actor.Name)).ToList();
        foreach (var g in gold.Select(Normal))
        {
            if (names.Contains(g, StringComparer.Ordinal) || $" {g} ".Contains($" {Normal(actor.Name)} ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normal(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        n = n.EndsWith("'s", StringComparison.Ordinal) || n.EndsWith("’s", StringComparison.Ordinal) ? n[..^2] : n;
        return n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n;
    }

    private static GoldMention Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var antecedent = r.GetProperty("antecedent").GetString();
        var also = r.TryGetProperty("alsoNamed", out var a) ? a.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        return new GoldMention(r.GetProperty("article").GetString()!, r.GetProperty("offset").GetInt32(),
            r.GetProperty("mention").GetString()!, r.GetProperty("group").GetString()!, antecedent,
            antecedent is null ? [] : [antecedent, .. also]);
    }
}
