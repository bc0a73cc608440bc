using System.Globalization;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Reporting words ("said", "warned", "according") and how reliably each marks an attribution: the share of its
/// occurrences that PolNeAR's annotators marked as a Cue (learned by <c>train claim-cues</c>), plus a seed list of
/// reporting verbs that newsrooms use but the training corpus rarely does.
/// </summary>
public sealed class CueLexicon
{
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-cues.tsv";

    private static readonly Lazy<CueLexicon> Shipped = new(LoadShipped);

    // Base forms; every regular inflection is generated from them.
    private static readonly string[] SeedVerbs =
    [
        "say", "state", "assert", "accuse", "warn", "insist", "acknowledge", "emphasize", "emphasise", "disclose",
        "add", "argue", "claim", "announce", "explain", "note", "suggest", "tweet", "declare", "reply", "respond",
        "admit", "deny", "confirm", "predict", "promise", "vow", "urge", "report", "reveal", "allege", "maintain",
        "contend", "counter", "concede", "stress", "observe", "remark", "recall", "estimate", "testify", "conclude",
        "complain", "describe", "dismiss", "reject", "criticize", "criticise", "praise", "blame", "charge", "believe",
        "insist", "indicate", "point", "predict", "question", "write", "tell", "think", "told", "wrote", "said",
        "thought", "told", "fear", "hope", "caution", "concede", "signal", "threaten", "boast", "brag", "pledge",
        "demand", "call", "condemn", "announce", "affirm", "reaffirm", "reiterate", "declare", "proclaim", "joke",
    ];

    // Words inside many annotated cue phrases ("has also said", "talked about") that never report on their own.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "not", "to", "of", "on", "about",
        "for", "in", "with", "a", "an", "the", "it", "that", "as", "by", "at", "his", "her", "their", "its", "more", "up",
        "out", "no", "first", "now", "just", "still", "even", "over", "back", "from", "and", "or", "did", "do", "does",
        "would", "will", "could", "should", "can", "cannot", "may", "might", "must", "clear", "repeatedly", "recently", "against",
        "made", "make", "went", "go", "put", "take", "took", "way", "into", "them", "him", "me", "us", "this", "what",
        // Negation and clitics sit inside many annotated cues ("did n't say") but never report themselves.
        "not", "never", "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll",
        // Hedges: "seems to be an attempt" is the article's own judgement, not a report.
        "seem", "seems", "seemed", "appear", "appears", "appeared",
    };

    private readonly Dictionary<string, double> _strength;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CueLexicon(IEnumerable<KeyValuePair<string, double>> learned)
    {
        _strength = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, strength) in learned)
        {
            if (!FunctionWords.Contains(word))
            {
                _strength[word] = strength;
            }
        }

        foreach (var verb in SeedVerbs)
        {
            foreach (var form in Inflect(verb, NounLike.Contains(verb)))
            {
                _strength[form] = Math.Max(_strength.GetValueOrDefault(form), 0.9);
            }
        }

        _lookup = _strength.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CueLexicon Default => Shipped.Value;

    /// <summary>Every word with its strength.</summary>
    internal IEnumerable<KeyValuePair<string, double>> Entries => _strength;

    /// <summary>0 for a word that never reports speech or thought, up to 1 for "said".</summary>
    public double Strength(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var s) ? s : 0;

    /// <summary>
    /// Reads "word TAB times-as-cue TAB times-seen" lines. A word seen as a cue often enough keeps its own rate; a rarer
    /// form of a verb that is often a cue borrows its family's rate ("warns" from "warn", "warned", "warning"), shrunk
    /// towards its own few counts, and the regular forms the corpus never shows get the family's rate.
    /// </summary>
    public static CueLexicon Parse(TextReader reader, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var families = new Dictionary<string, List<(string Word, int Cue, int Seen)>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || line.StartsWith('#') || FunctionWords.Contains(parts[0]))
            {
                continue;
            }

            (string Word, int Cue, int Seen) row = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
            var key = FamilyOf(row.Word);
            if (!families.TryGetValue(key, out var members))
            {
                families[key] = members = [];
            }

            members.Add(row);
        }

        var learned = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, members) in families)
        {
            foreach (var member in members.Where(m => m.Cue >= minCount && m.Seen > 0))
            {
                learned[member.Word] = Math.Min(1.0, (double)member.Cue / member.Seen);
            }

            // A family lends only through a form that is a cue often enough on its own: a few single sightings
            // ("pegs", "pegged", "pegging", as in "pegs him as") do not make "the yuan is pegged" a report.
            var rate = (double)members.Sum(m => m.Cue) / Math.Max(1, members.Sum(m => m.Seen));
            if (!members.Any(m => m.Cue >= minCount) || rate < MinFamilyRate)
            {
                continue;
            }

            foreach (var member in members.Where(m => m.Cue < minCount && m.Seen > 0))
            {
                learned[member.Word] = (member.Cue + (FamilyWeight * rate)) / (member.Seen + FamilyWeight);
            }

            // Only a family with a past form is a verb's; "statement" gets no "statemented".
            if (members.Any(m => m.Word.EndsWith("ed", StringComparison.Ordinal))
                && members.FirstOrDefault(m => m.Word == key || m.Word == key + "e").Word is { } verb)
            {
                foreach (var form in Inflect(verb, nounLike: false))
                {
                    if (FamilyOf(form) == key)
                    {
                        learned.TryAdd(form, rate);
                    }
                }
            }
        }

        return new CueLexicon(learned);
    }

    // How many of its family's occurrences a rare form's own counts weigh against.
    private const double FamilyWeight = 3;

    // Only verbs that often report lend their rate: "recommends" from "recommended", but not "unveils" from
    // "unveiled" or "sues" from "sued", which PolNeAR marks only now and then.
    private const double MinFamilyRate = 0.4;

    /// <summary>
    /// The crude stem that the inflections of one verb share: "warn" for "warns", "warned", "warning"; "deny" for
    /// "denies", "denied"; "admit" for "admitted". Other words are their own family.
    /// </summary>
    internal static string FamilyOf(string word)
    {
        // "according to" is a preposition, not a form of "accord".
        if (word.StartsWith("accord", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.Length > 4 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
        {
            return word[..^3] + "y";
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s", "e"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                var stem = word[..^suffix.Length];
                return suffix is "ing" or "ed" && stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f' or 'e' or 'o')
                    ? stem[..^1] : stem;
            }
        }

        return word;
    }

    // Base forms that are far more often nouns in news text ("New York state", "a phone call").
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "state", "charge", "point", "question", "call", "report", "note", "counter", "joke", "tweet", "reply",
        "demand", "fear", "hope", "signal", "praise", "blame", "caution", "pledge", "vow", "promise", "estimate",
        "remark", "stress", "respond",
    };

    private static IEnumerable<string> Inflect(string verb, bool nounLike)
    {
        if (!nounLike)
        {
            yield return verb;
        }

        if (verb is "say" or "tell" or "write" or "think" or "told" or "wrote" or "said" or "thought")
        {
            foreach (var irregular in verb switch
            {
                "say" => new[] { "says", "saying", "said" },
                "tell" => ["tells", "telling", "told"],
                "write" => ["writes", "writing", "wrote", "written"],
                "think" => ["thinks", "thinking", "thought"],
                _ => [],
            })
            {
                yield return irregular;
            }

            yield break;
        }

        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        yield return verb.EndsWith('y') && !verb.EndsWith("ay", StringComparison.Ordinal) && !verb.EndsWith("ey", StringComparison.Ordinal)
            ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith('h') ? verb + "es" : verb + "s";
        yield return verb.EndsWith('y') && !verb.EndsWith("ay", StringComparison.Ordinal) && !verb.EndsWith("ey", StringComparison.Ordinal)
            ? verb[..^1] + "ied" : stem + "ed";
        yield return stem + "ing";
    }

    private static CueLexicon LoadShipped()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded lexicon {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
