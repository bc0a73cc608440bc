namespace NewsAnalysis.Analysis.Actors;

/// <summary>The words <see cref="Coreference"/> reads around a pronoun: who speaks, where a clause leads in.</summary>
internal static class CoreferenceWords
{
    /// <summary>Verbs of speech: "X said", "said X", "he added" make X (or the pronoun) a speaker.</summary>
    public static readonly HashSet<string> Speech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "announced", "claimed", "claims",
        "insisted", "insists", "argued", "argues", "warned", "warns", "noted", "notes", "explained", "explains",
        "asked", "asks", "wrote", "writes", "tweeted", "replied", "responded", "continued", "emphasized",
        "emphasised", "stressed", "commented", "observed", "admitted", "acknowledged", "recalled", "believes",
        "described", "quoted", "suggested", "concluded", "declared", "asserted", "urged",
    };

    /// <summary>A sentence opening with these puts a clause before its subject: "After calling his mother, Montalvo ...".</summary>
    public static readonly HashSet<string> LeadingClause = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "as", "although", "though", "despite", "during", "since", "upon", "in",
        "on", "at", "with", "without", "if", "because", "following", "having", "speaking", "for", "by", "unlike",
    };

    /// <summary>"the boy" names again the youngest person just written about; the gender narrows the choice.</summary>
    public static readonly Dictionary<string, ActorLexicon.Gender> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["man"] = ActorLexicon.Gender.Male, ["boy"] = ActorLexicon.Gender.Male, ["woman"] = ActorLexicon.Gender.Female,
        ["girl"] = ActorLexicon.Gender.Female, ["teenager"] = ActorLexicon.Gender.Unknown,
    };

    /// <summary>After "the man", these make him someone new: "the man who", "the woman whose car".</summary>
    public static readonly HashSet<string> NewPersonFollows = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whose", "whom", "that", "of",
    };

    /// <summary>"said it is time": after a speech verb, an "it" that is followed by these is rarely the speaker.</summary>
    public static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "'s", "\u2019s", "isn't", "wasn't", "are", "were",
    };

    /// <summary>A name right after these (or after them and "the") is a preposition's object, seldom what "its" means.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "of", "from", "for", "with", "to", "by", "on", "into", "via", "about", "against", "between",
    };

    public static bool IsReflexive(ReadOnlySpan<char> word) =>
        word.Equals("himself", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase);

    public static bool IsQuote(ReadOnlySpan<char> token) => token is "\"" or "\u201C" or "\u201D" or "\u201E";
}
