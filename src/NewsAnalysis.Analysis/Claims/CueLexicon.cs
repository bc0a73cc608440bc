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
        "would", "will", "could", "should", "can", "may", "might", "must", "clear", "repeatedly", "recently", "against",
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
            foreach (var form in Inflect(verb))
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

    /// <summary>Reads "word TAB times-as-cue TAB times-seen" lines; keeps verb-shaped words seen as a cue often enough.</summary>
    public static CueLexicon Parse(TextReader reader, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var learned = new List<KeyValuePair<string, double>>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || line.StartsWith('#'))
            {
                continue;
            }

            var cue = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var seen = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (cue >= minCount && seen > 0)
            {
                learned.Add(new(parts[0], Math.Min(1.0, (double)cue / seen)));
            }
        }

        return new CueLexicon(learned);
    }

    // Base forms that are far more often nouns in news text ("New York state", "a phone call").
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "state", "charge", "point", "question", "call", "report", "note", "counter", "joke", "tweet", "reply",
        "demand", "fear", "hope", "signal", "praise", "blame", "caution", "pledge", "vow", "promise", "estimate",
        "remark", "stress", "respond",
    };

    private static IEnumerable<string> Inflect(string verb)
    {
        if (!NounLike.Contains(verb))
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
