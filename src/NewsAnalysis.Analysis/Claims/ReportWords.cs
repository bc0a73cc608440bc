namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// The word lists the attribution rules read: pronouns and determiners that open a source, reporting and document
/// nouns, adverbs and auxiliaries skipped between a subject and its cue, and the words that end a phrase.
/// </summary>
internal static class ReportWords
{
    internal static readonly WordSet Pronouns = new("he", "she", "they", "i", "we", "you", "it", "who");
    internal static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "several", "many", "most", "few", "one", "two", "three", "four", "five", "other", "another", "both",
        "various", "numerous", "unnamed", "anonymous", "senior", "top", "all", "any", "each", "no");
    // Beliefs and intentions PolNeAR annotates as attributions ("she wants voters to know ...", "many fear ...").
    // Too often ordinary verbs to be cues on their own, so they count only with a subject right before them.
    internal static readonly string[] StanceVerbWords =
    [
        // Only the forms that PolNeAR's train split marks as a cue at least about half the times this rule fires.
        "hope", "fear", "knows", "expect", "worry", "feel",
    ];
    internal static readonly WordSet StanceVerbs = new(StanceVerbWords);

    // Documents and polls that "show" things; "records show ..." is an attribution, "the shows" is not.
    internal static readonly WordSet DocumentNouns = new(
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "records", "data", "figures",
        "documents", "filings", "results", "numbers", "statistics", "emails", "files", "analysis", "research", "minutes", "transcripts",
        "papers", "accounts", "logs");
    internal static readonly WordSet EvidenceVerbs = new(
        "underscore", "underscores", "underscored", "highlight", "highlights", "highlighted", "signal", "signals",
        "signalled", "signaled", "reflect", "reflects", "reflected", "illustrate", "illustrates", "illustrated",
        "demonstrate", "demonstrates", "demonstrated");
    internal static readonly WordSet PersonNouns = new(
        "official", "officials", "minister", "ministers", "spokesman", "spokeswoman", "spokesperson", "president",
        "leader", "leaders", "secretary", "senator", "governor", "mayor", "chief", "director", "diplomat", "diplomats",
        "analyst", "analysts", "expert", "experts", "critics", "aides", "aide", "adviser", "advisers", "people", "who",
        "head", "chairman", "chairwoman", "boss", "founder", "member", "members", "lawyer", "lawyers", "attorney",
        "commander", "ambassador", "envoy", "representative", "representatives", "executive", "executives", "officer", "chair");
    // One person where they are or work ("a woman in the village", "a nurse at the hospital", "a source in the
    // government"): PersonNouns holds the roles; these are the rest, kept out of IsPeopleNoun, which means groups.
    internal static readonly WordSet SingularPeople = new(
        "woman", "man", "girl", "boy", "teenager", "person", "mother", "father", "mum", "dad", "son", "daughter", "wife",
        "husband", "sister", "brother", "grandmother", "grandfather", "cousin", "uncle", "aunt", "partner", "relative",
        "friend", "neighbour", "neighbor", "colleague", "parent", "resident", "local", "villager", "witness", "survivor",
        "victim", "refugee", "migrant", "veteran", "teacher", "pupil", "student", "professor", "lecturer", "nurse",
        "doctor", "surgeon", "physician", "consultant", "pharmacist", "paramedic", "medic", "carer", "worker", "employee",
        "staffer", "engineer", "scientist", "researcher", "economist", "driver", "pilot", "passenger", "shopper", "customer",
        "patient", "farmer", "fisherman", "miner", "shopkeeper", "landlord", "tenant", "owner", "manager", "trader",
        "investor", "banker", "fan", "supporter", "player", "voter", "worshipper", "soldier", "officer", "firefighter",
        "rescuer", "guard", "volunteer", "protester", "demonstrator", "activist", "campaigner", "journalist", "reporter",
        "photographer", "priest", "imam", "rabbi", "vicar", "pastor", "insider", "source");
    internal static readonly WordSet Carriers = new(
        "statement", "statements", "letter", "letters", "tweet", "tweets", "post", "message", "messages", "calls",
        "ad", "ads", "signs", "sign", "report", "reports", "poll", "polls", "emails", "email", "memo", "percent", "release");
    // "Residents questioned in the survey said", "figures compiled by the Tories show": the participle describes the
    // noun before it, which is asked or made, not asking.
    internal static readonly WordSet SurveyParticiples = new("interviewed", "questioned", "surveyed", "polled", "asked", "contacted", "quoted");
    internal static readonly WordSet DescribingParticiples = new(
        "interviewed", "questioned", "surveyed", "polled", "asked", "contacted", "quoted", "compiled", "gathered", "assembled",
        "shortlisted", "raised", "published", "released", "collected", "conducted", "commissioned", "cited", "mentioned",
        "named", "listed", "employed", "based", "involved", "affected", "hired", "appointed", "elected");
    internal static readonly WordSet NotVerbCues = new(
        "known", "believed", "widely", "reportedly", "via", "amid", "despite", "per", "regarding", "became", "become", "becomes",
        "upon", "reach", "reaches", "reached", "passed",
        // "has chosen Pete Hegseth to be ...", "appointed Tommy Burns as caretaker": a choice made, not words said.
        "appoint", "appoints", "appointed", "choose", "chooses", "chose", "chosen", "pick", "picks", "picked", "select", "selects", "selected",
        // "pleaded not guilty to the charges": a plea; "began talks", "played Rock", "enjoyed six top 10 albums", "knocked
        // The Aviator into third place", "featured footage", "included the textiles sector": deeds and lists, not words.
        "plead", "pleads", "pleaded", "pleading", "guilty", "start", "starts", "started", "began", "begun", "played", "knocked",
        "enjoyed", "featured", "include", "includes", "included",
        // Nouns and deeds the lexicon keeps from longer cues: "his first Premiership goal", "acknowledged last month it
        // would", "the Kommersant newspaper", "gone straight to number one", "doubled the level", "directed American Pie".
        "goal", "month", "week", "newspaper", "main", "piece", "under", "gone", "doubled", "directed", "laid", "remain", "remained",
        "holds", "drawn", "struck",
        // "It follows a similar initiative by GM", "Many firms are struggling to keep ...", "opted for a long-term deal",
        // "used a speech to say ..." (the report is the "say").
        "follow", "follows", "followed", "struggling", "opted", "used",
        // "News Corp eyes video games market", "Talks aim to avert pension strike", "Carmakers are starting to build",
        // "focused on the threat", "Sofas looked like": intents, states and deeds, each a cue in fewer than 3% of their
        // PolNeAR train uses (not "has been critical of" nor "has spoken about", which are).
        "eyes", "aim", "aims", "aimed", "starting", "attempting", "focus", "focused", "focuses", "interested", "angry",
        "comfortable", "provide", "provides", "provided", "takes", "looked");

    // Nouns for people that the lexicon counts as cues for PolNeAR's "a strong defender of", "a supporter of": a
    // stance after "is a ...", but never a verb after a name ("The England defender said", "film critic Paul Smith").
    internal static readonly WordSet AgentNouns = new(
        "defender", "defenders", "supporter", "supporters", "critic", "critics", "reporter", "reporters", "observer", "observers",
        "commentator", "commentators", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "forward");
    internal static readonly WordSet DocumentVerbs = new("show", "showed", "showing");
    // Determiners that also describe a rank or anonymity ("a former senior official"): inside a phrase they go on it.
    internal static readonly WordSet RankWords = new("senior", "top", "unnamed", "anonymous", "numerous", "various");
    internal static readonly WordSet Quantifiers = new("many", "most", "some", "both", "few", "others", "all");
    internal static readonly WordSet UnnamedGroups = new(
        "critics", "experts", "officials", "analysts", "observers", "sources", "residents", "witnesses", "diplomats",
        "activists", "insiders", "aides", "economists", "scientists", "researchers", "investigators", "authorities",
        "campaigners", "protesters", "opponents", "supporters", "lawmakers", "legislators", "locals",
        "commentators", "historians", "doctors", "lawyers", "prosecutors", "officers", "villagers", "survivors",
        "authors", "scholars", "academics", "pollsters", "forecasters", "feds", "estimates", "reports", "studies", "polls",
        "surveys", "rumours", "rumors", "rescuers", "firefighters", "paramedics", "medics", "negotiators", "mediators",
        "voters", "traders", "investors", "bankers", "dealers", "brokers", "teachers", "nurses", "workers", "employees",
        "farmers", "students", "passengers", "shoppers", "consumers", "executives", "regulators", "inspectors",
        "organisers", "organizers", "demonstrators", "militants", "rebels", "soldiers", "troops", "fans", "colleagues",
        "neighbours", "neighbors", "relatives", "friends", "parents", "pilots", "staff", "customers", "users", "patients",
        "ministers", "backbenchers", "engineers", "technicians", "specialists", "consultants", "auditors", "clinicians",
        "physicians", "surgeons", "psychologists", "epidemiologists", "virologists", "meteorologists", "astronomers",
        "archaeologists", "geologists", "biologists", "detectives", "agents", "guards", "drivers", "climbers", "divers",
        "unions", "charities");
    internal static readonly WordSet Definite = new(
        "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");
    internal static readonly WordSet Breaks = new(
        "on", "in", "at", "to", "by", "with", "from", "into", "about", "over", "after", "before", "during", "under",
        "than", "like", "since", "until", "against", "through", "across", "between", "among", "without", "within",
        "upon", "as", "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "when", "once", "whenever",
        "whereas", "if", "unless", "whether", "that", "which", "where", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
        "not", "also", "then", "there", "here", "who", "what", "how", "why", "it", "he", "she", "they", "we", "i",
        "you", "him", "them", "us", "me", "said", "says", "told", "according", "even", "just", "only", "still",
        "during", "including", "having", "despite", "amid", "following", "for", "of", "per");
    internal static readonly WordSet LeadingTrim = new(
        "of", "for", "meanwhile", "however", "but", "and", "so", "now", "instead", "separately", "later", "earlier",
        "still", "yet", "also", "indeed", "moreover", "yesterday", "today", "tonight", "again");
    internal static readonly WordSet Auxiliaries = new(
        "also", "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does",
        "do", "not", "n't", "n’t", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re", "never", "then", "once", "already", "again", "further", "even", "still", "first", "often",
        "ever", "just", "only", "now", "later", "too", "have", "been", "had", "may", "might", "can", "must", "always", "long", "since",
        "ca", "wo");
    internal static readonly WordSet Titles = new(
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "lt", "col", "prof", "sgt", "capt", "pres", "u.s", "u.n");
    internal static readonly WordSet Be = new("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    internal static readonly string[] AgentlessCueWords =
    [
        "reported", "said", "believed", "thought", "expected", "rumored", "rumoured", "alleged", "understood",
        "feared", "claimed", "estimated", "suspected", "considered", "known", "seen", "described",
    ];
    internal static readonly string[] RaisedConcernWords = ["concerns", "fears", "questions", "doubts", "worries", "criticism"];
    internal static readonly WordSet AgentlessCues = new(AgentlessCueWords);

    /// <summary>
    /// The verbs news writing puts before their speaker ("..., said a study by X") or after it closing a sentence ("...,
    /// analysts estimate."); a participle after a comma is otherwise a modifier ("The chief, dubbed Robocop, ...").
    /// </summary>
    internal static readonly string[] InvertingVerbWords =
    [
        "said", "says", "added", "adds", "stated", "wrote", "writes", "noted", "notes", "warned", "warns", "argued",
        "argues", "explained", "claimed", "claims", "insisted", "told", "reported", "reports", "predicted", "predicts",
        "suggested", "suggests", "found", "finds", "showed", "shows", "concluded", "concludes", "estimated", "estimates",
        "say", "warn", "claim", "insist", "argue", "predict", "suggest", "estimate", "show", "report",
    ];
    internal static readonly WordSet InvertingVerbs = new(InvertingVerbWords);
    internal static readonly WordSet RaisedConcerns = new(RaisedConcernWords);
    internal static readonly WordSet Raised = new("raised", "voiced", "expressed");
    internal static readonly WordSet Labels = new(
        "update", "updated", "note", "editor", "photo", "image", "tags", "source", "sources", "related", "read",
        "watch", "see", "correction", "warning", "caption", "video", "listen", "click", "share", "posted", "by",
        "latest", "contributing", "q", "a", "q&a", "faq",
        // A rubric is no speaker: "REVIEW: 'Half-Life 2' a Tech Masterpiece", "ANALYSIS: Why the euro fell".
        "review", "analysis", "opinion", "exclusive", "breaking", "explainer", "factbox", "timeline", "preview",
        "commentary", "editorial", "obituary", "recap", "interview", "profile", "comment", "feature", "podcast", "letters",
        "verdict", "fact-check", "factcheck", "explained", "briefing", "claim", "rating", "context");
    // A story's subject heading a headline is no speaker either: "Storm Darragh: Thousands without power", "Budget
    // 2024: What it means for you".
    internal static readonly WordSet TopicLabels = new(
        "storm", "hurricane", "typhoon", "cyclone", "budget", "election", "brexit", "covid", "coronavirus", "live", "war",
        "strike", "strikes", "inquiry", "trial", "weather", "floods", "wildfires", "earthquake", "olympics");
    internal static readonly WordSet Weekdays = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december");
    // Words that open a clause with a phrase before its subject ("Throughout the 2000s, ...", "Shortly after the
    // merger, ...", "Absent a strong defense, ..."), and the last words of an opening time phrase ("Hours later, ...").
    internal static readonly WordSet OpeningWords = new(
        "throughout", "outside", "inside", "shortly", "absent", "beyond", "besides", "unlike", "alongside", "once", "soon");
    internal static readonly WordSet OpeningEnds = new("later", "earlier", "ago", "before", "afterward", "afterwards", "after");
    internal static readonly WordSet TimeWords = new("yesterday", "today", "tonight", "recently", "previously", "earlier", "later");
    internal static readonly WordSet ObjectBreaks = new(
        "for", "of", "about", "to", "with", "from", "into", "and", "or", "but", "as", "by", "over", "against");
    internal static readonly WordSet DayParts = new("morning", "afternoon", "evening", "night", "week", "month", "year", "weekend");
    internal static readonly WordSet FiniteAuxiliaries = new(
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must");
    internal static readonly WordSet CourtNouns = new(
        "court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "inquiry", "judge", "magistrates");
    internal static readonly WordSet Modals = new("will", "would", "could", "can", "may", "might", "should", "must", "'ll", "’ll", "'d", "’d");
    internal static readonly WordSet ObjectPronouns = new("him", "her", "them", "us", "me");
    internal static readonly WordSet ControlVerbs = new(
        "want", "plan", "hope", "decide", "agree", "refuse", "expect", "vow", "promise", "threaten", "intend", "seek",
        "try", "begin", "continue", "need", "going", "set", "ready", "able", "willing", "poised", "likely", "like", "love", "tend",
        "prefer");
    internal static readonly WordSet PossessivePronouns = new("his", "her", "their", "its", "our", "my");
    internal static readonly WordSet ObjectPrepositions = new("of", "for", "on", "about", "against", "with", "over");
    internal static readonly WordSet ParticipleIntros = new("while", "after", "before", "upon", "when", "since", "without", "by", "in");
    // Nouns ending in -ly that the adverb test must not skip ("lawyers for the family said").
    // Adverbs without -ly: they sit between a subject and its verb ("are also accused", "they soon dropped") and are
    // inside many multi-word cues, but never a cue themselves.
    internal static readonly WordSet PlainAdverbs = new(
        "also", "not", "still", "now", "already", "often", "never", "even", "just", "then", "soon", "later", "once",
        "again", "always", "ever", "yet", "n't", "earlier", "previously", "recently", "sometimes", "usually", "widely");

    internal static readonly WordSet LyNouns = new(
        "family", "supply", "rally", "rallies", "assembly", "reply", "monopoly", "anomaly", "belly", "bully", "ally", "folly", "homily");
    internal static readonly WordSet Received = new(
        "faced", "faces", "face", "facing", "drew", "drawn", "draws", "draw", "drawing", "endured", "sparked", "ignited",
        "received", "receives", "attracted", "attracts", "prompted", "triggered", "provoked", "generated", "garnered",
        "invited", "fielded", "weathered");
    internal static readonly WordSet Skippable = new("that", ":", ",", "—", "–");

    // Verbs that carry an infinitive ("continued to be", "began to fall") rather than a quotation before them.
    internal static readonly WordSet Catenatives = new(
        "continued", "continues", "continue", "began", "begins", "started", "starts", "tried", "tries", "seems", "seemed",
        "appears", "appeared", "went", "goes", "used", "failed", "managed", "tends", "tended");

    // Words before "that" that make it a relative pronoun, a conjunction or a demonstrative, not a report's clause.
    internal static readonly WordSet NotFrameWords = new(
        "so", "such", "now", "given", "except", "provided", "fact", "idea", "notion", "way", "point", "time", "day", "year",
        "one", "ones", "thing", "things", "all", "like", "than", "about", "and", "or", "but", "of", "in", "on", "at", "for",
        "with", "by", "from", "to", "is", "are", "was", "were", "be", "been", "being", "it", "this", "that", "those", "these",
        "what", "because", "since", "if", "as", "not", "much", "more", "less", "many", "enough", "too", "very", "still", "just");

    // "went on:", "shot back, “...”": a particle ends the verb group before a colon or a quotation.
    internal static readonly WordSet Particles = new("on", "out", "up", "back", "in", "off", "down", "over");

    // Verbs that head a two-word group without the -ed ending ("went on", "shot back", "came out").
    internal static readonly WordSet GroupVerbs = new("went", "goes", "go", "came", "comes", "shot", "got", "gets", "kept", "keeps", "struck", "set", "laid", "makes", "make", "took", "takes");

    // "The message from the Treasury was clear: ...", "The minister's view is that ...": nouns for what was said that a
    // copula hands on to the content.
    internal static readonly string[] CopularReportNounWords =
        ["message", "view", "verdict", "warning", "position", "argument", "belief", "advice", "conclusion", "assessment", "stance"];
    internal static readonly WordSet CopularReportNouns = new(CopularReportNounWords);

    // "in Bolton's view", "in their words": a possessor's view is the rest of the clause.
    internal static readonly WordSet ViewNouns = new("view", "words", "opinion", "estimation", "telling", "judgment", "judgement", "reckoning");

    // Stances a noun phrase holds through a participle after it ("groups backing Cruz", "voters opposing the plan").
    internal static readonly WordSet StanceGerunds = new(
        "supporting", "backing", "opposing", "seeking", "urging", "demanding", "favoring", "favouring", "endorsing", "criticizing", "criticising");

    internal static readonly WordSet PollNouns = new("poll", "polls", "survey", "surveys", "polling");

    // Words that end the raw subject a cue with no other source takes ("..., and all but two said").
    internal static readonly WordSet SubjectStops = new("and", "that", "which", "who", "when", "while", "because", "if", "as", "where", "after", "before", "since");

    internal static readonly WordSet Intensifiers = new("very", "so", "quite", "rather", "too");

    // Coordinating conjunctions that join a clause on after a comma.
    internal static readonly WordSet Conjunctions = new("and", "but", "or", "so", "yet");

    internal static readonly WordSet CountWords = new("one", "two", "three", "four", "five", "several", "many", "most", "some", "few", "both", "all");

    /// <summary>
    /// "officials", "residents", "traders", "economists", "Americans", "employees", "authorities": a word for people,
    /// not for things ("shares", "prices") nor a name ("Holmes").
    /// </summary>
    internal static bool IsPeopleNoun(ReadOnlySpan<char> word)
    {
        if (PersonNouns.Contains(word) || UnnamedGroups.Contains(word) || PeopleNouns.Contains(word))
        {
            return true;
        }

        // "numbers", "papers": records, not the people who keep them.
        if (DocumentNouns.Contains(word))
        {
            return false;
        }

        foreach (var ending in PeopleEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Plurals of who does something: "traders", "doctors", "economists", "residents", "Americans", "employees".
    private static readonly string[] PeopleEndings = ["ers", "ors", "ists", "ants", "ents", "ians", "icans", "ees"];

    private static readonly WordSet PeopleNouns = new(
        "authorities", "police", "families", "fans", "bosses", "staff", "troops", "GPs", "MPs", "MEPs", "children", "women",
        "men", "parents", "Conservatives", "Democrats", "Republicans", "conservatives", "liberals", "locals", "Muslims",
        "Christians", "sources", "media");

    // "warned", "said": a regular or an irregular past tense (or participle).
    internal static bool IsPastTense(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(word);

    internal static bool IsIrregularPast(ReadOnlySpan<char> word) =>
        word is "said" or "told" or "wrote" or "thought" or "felt" or "knew" or "saw" or "spoke" or "made" or "found" or "put" or "held" or "took" or "gave" or "meant" or "heard";

    // Participles that are no past tense: after "was" or "were" only a passive ("was taken to hospital").
    internal static bool IsEnParticiple(ReadOnlySpan<char> word) =>
        word is "taken" or "given" or "written" or "shown" or "seen" or "known" or "spoken" or "drawn" or "chosen";

    // "al-Assad", "O'Brien": a lower-case particle glued to a capitalised name.
    internal static bool HasCapitalAfterParticle(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOfAny('-', '\'', '’');
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);
    }
}
