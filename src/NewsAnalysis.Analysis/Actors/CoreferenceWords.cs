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

    /// <summary>Prepositions an object pronoun may follow and still name the clause's subject ("a career ahead of him").</summary>
    public static readonly HashSet<string> PronounPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "at", "to", "for", "with", "on", "in", "into", "from", "by", "about", "against", "behind", "ahead", "around",
        "near", "over", "under", "after", "before", "without", "towards", "toward", "like", "than", "upon", "onto", "beside",
    };

    /// <summary>Verbs besides speech that say what an organisation thinks or plans: "signalled it expects".</summary>
    public static readonly HashSet<string> Signals = new(StringComparer.OrdinalIgnoreCase)
    {
        "signalled", "signaled", "indicated", "hinted", "predicted", "forecast", "expects", "expected", "hopes", "hoped",
        "believes", "believed", "thinks", "thought", "insisted", "conceded", "promised", "pledged", "vowed", "cautioned",
    };

    /// <summary>Words that start a new clause: a pronoun after them may name the subject before them.</summary>
    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "who", "whom", "whose", "which", "when", "where", "after", "before", "because", "as", "and", "but", "or",
        "while", "if", "since", "until", "unless", "though", "although",
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

    /// <summary>Speakers news leaves unnamed: "A police spokesman said he ...".</summary>
    public static readonly HashSet<string> UnnamedSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "commissioner", "source", "aide", "adviser", "witness",
        "neighbour", "neighbor", "resident", "man", "woman", "boy", "girl", "officer", "detective", "doctor", "lawyer",
        "friend", "relative", "colleague", "insider", "diplomat", "executive", "teacher", "nurse", "student", "worker",
    };

    /// <summary>Of those, the ones news does not use to name someone again: "the spokesman said he".</summary>
    public static readonly HashSet<string> UnnamedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "source", "insider", "aide", "witness", "neighbour", "neighbor",
        "resident",
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

    /// <summary>"said it was committed", "said it is aware": what only the speaker of "said it is" can be.</summary>
    public static readonly HashSet<string> SpeakerStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "committed", "pleased", "disappointed", "delighted", "concerned", "saddened", "shocked", "surprised", "aware", "unaware",
        "confident", "determined", "prepared", "ready", "happy", "sorry", "proud", "satisfied", "dismayed", "appalled",
        "open", "keen", "unable", "willing", "unwilling",
    };

    /// <summary>A name right after these (or after them and "the") is a preposition's object, seldom what "its" means.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "of", "from", "for", "with", "to", "by", "on", "into", "via", "about", "against", "between",
    };

    /// <summary>An "it" after these opens a clause: "said that it", "when it", "which it had reported".</summary>
    public static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "and", "but", "when", "because", "as", "after", "if", "since", "while", "although", "though", "so",
        "until", "before", "once", "unless", "which", "where", "whether", ",",
    };

    /// <summary>Skipped between "it" and its verb: "It also acquired", "it now owns".</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "now", "still", "already", "previously", "recently", "then", "later", "first", "currently", "further",
        "even", "only", "never", "again", "subsequently", "initially",
    };

    /// <summary>"It seems", "it emerged", "it takes time", "it is being said": an "it" before these is no one.</summary>
    public static readonly HashSet<string> Impersonal = new(StringComparer.OrdinalIgnoreCase)
    {
        "seems", "seemed", "appears", "appeared", "remains", "remained", "emerged", "emerges", "looks", "looked",
        "means", "meant", "matters", "mattered", "takes", "took", "makes", "made", "became", "becomes", "become",
        "happens", "happened", "follows", "followed", "comes", "came", "goes", "went", "depends", "depended", "helps",
        "helped", "costs", "cost", "sounds", "sounded", "feels", "felt", "turned", "turns", "gets", "got", "being",
        "going", "occurred", "rains", "rained", "began", "begins", "started", "starts", "ended", "ends", "meaning",
        "contains", "contained", "includes", "included", "shows", "showed", "features", "featured",
    };

    /// <summary>Modals and "has": followed by "be" or "been" they make "it" impersonal ("it would be", "it has been").</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "would", "will", "could", "may", "might", "should", "must", "can", "cannot", "has", "had", "have", "'ll", "\u2019ll",
    };

    /// <summary>"Ford which posted", "the group that owns": a name before these does something.</summary>
    public static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "that", "does", "did" };

    /// <summary>Past tenses without "-ed": after a name they make it the one acting ("Apple sold", "the museum saw").</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "saw", "said", "made", "took", "gave", "won", "lost", "got", "went", "came", "rose", "fell", "grew", "sold",
        "bought", "paid", "held", "kept", "left", "led", "met", "ran", "set", "told", "wrote", "began", "became",
        "brought", "built", "cut", "put", "hit", "spent", "sent", "sought", "struck", "thought", "found", "chose",
        "drew", "fought", "forecast", "knew", "shut", "beat", "broke", "overtook", "withdrew", "stood",
    };

    /// <summary>The last word of a group named in the plural: "they" can mean the Lib Dems or the Tories, seldom Barclays.</summary>
    public static readonly HashSet<string> PluralGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "Democrats", "Dems", "Republicans", "Conservatives", "Tories", "Greens", "Socialists", "Nationalists",
        "Unionists", "Liberals", "Rebels", "Islamists", "Maoists", "Communists",
    };

    /// <summary>Clause openers that hang a clause on another: its "it" is the sentence's own subject, if anyone.</summary>
    public static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "when", "because", "as", "after", "if", "since", "while", "although", "though", "until", "before",
        "once", "unless", "which", "where", "whether",
    };

    public static bool IsReflexive(ReadOnlySpan<char> word) =>
        word.Equals("himself", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase);

    public static bool IsQuote(ReadOnlySpan<char> token) => token is "\"" or "\u201C" or "\u201D" or "\u201E";
}
