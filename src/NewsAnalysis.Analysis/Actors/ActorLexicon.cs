namespace NewsAnalysis.Analysis.Actors;

/// <summary>Closed word lists the actor stage needs: titles, function words, pronouns, nominal heads.</summary>
internal static class ActorLexicon
{
    /// <summary>Words of a title before a name ("Israeli Prime Minister Benjamin Netanyahu"), lower case.</summary>
    /// <summary>
    /// Kinds of company, in lower case right before or after a name: "airline Virgin Atlantic", "media giant
    /// TimeWarner", "Hang Seng bank". Not words a person is also called ("broadcaster", "publisher").
    /// </summary>
    public static readonly HashSet<string> CompanyTypes = new(StringComparer.Ordinal)
    {
        "airline", "carmaker", "automaker", "chipmaker", "drugmaker", "insurer", "retailer", "bank", "brokerage",
        "conglomerate", "firm", "company", "giant", "manufacturer", "supermarket", "newspaper", "agency", "provider",
        "operator", "supplier", "wholesaler", "outsourcer", "housebuilder", "start-up", "startup", "planemaker", "charity",
    };

    /// <summary>
    /// The <see cref="CompanyTypes"/> that also name one after it ("Hang Seng bank"); not "firm" ("Parry firm over
    /// Gerrard" is resolute), "company", "giant", "agency", "manufacturer" or the trades only news puts first
    /// ("pathology provider Synlab").
    /// </summary>
    public static readonly HashSet<string> CompanyTypesAfter =
        new(CompanyTypes.Except(["firm", "company", "giant", "agency", "manufacturer", "provider", "operator", "supplier", "wholesaler",
            "outsourcer", "housebuilder", "start-up", "startup", "charity"], StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Titles only a person bears, right before the name ("president Thabo Mbeki"), lower case or not.</summary>
    public static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "president",
        "minister", "premier", "chancellor", "secretary", "senator", "sen.", "rep.", "congressman", "congresswoman", "governor",
        "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "ambassador", "envoy", "judge", "coach", "spokesman",
        "spokeswoman", "chairman", "chairwoman", "ceo", "taoiseach", "tánaiste", "tanaiste",
    };

    public static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "foreign", "defence", "defense",
        "finance", "interior", "health", "economy", "trade", "justice", "state", "general", "gen.", "attorney",
        "deputy", "acting", "former", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "emir", "taoiseach", "tánaiste", "tanaiste",
        "sultan", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director", "speaker", "leader",
        "ambassador", "envoy", "judge", "commander", "colonel", "col.", "lt.", "lieutenant", "captain", "capt.",
        "sgt.", "sergeant", "major", "admiral", "coach", "manager", "spokesman", "spokeswoman", "spokesperson",
        "officer", "opposition", "british", "american", "israeli", "palestinian", "egyptian", "french", "german", "russian", "chinese",
        "iranian", "ukrainian", "senior", "top", "head", "presidential", "candidate",
        "rev.", "reverend", "father", "bishop", "archbishop", "cardinal", "rabbi", "imam", "mp", "mep",
        // British style writes these without a full stop: "Gen Pinochet", "Miss Kidman", "Det Insp Smith".
        "miss", "mme", "mme.", "gen", "lt", "col", "capt", "sgt", "sen", "gov", "cllr", "det", "insp", "supt", "ch",
        "professor", "emeritus",
        // Plural and state titles: "Sens. Lisa Murkowski and Susan Collins", "state Del. Marcia Price".
        "sens.", "sens", "reps.", "reps", "del.", "msgr.", "msgr",
    };

    /// <summary>Prepositions before a place, not a person ("in Mecca", "near Houston"), as written mid-sentence.</summary>
    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "near", "into", "outside", "throughout", "across",
    };

    /// <summary>What one has in a company or a person, not in a place ("a stake in Southcorp", "faith in Blair"), lower case.</summary>
    public static readonly HashSet<string> StakeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "stake", "stakes", "share", "shares", "interest", "interests", "investment", "investments", "invest", "invested",
        "investing", "interested", "buying", "holding", "holdings", "faith", "trust", "confidence", "belief", "believe", "believes", "role",
    };

    /// <summary>Last words of events' and prizes' names ("FA Cup", "Academy Awards", "Booker Prize").</summary>
    public static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "Award", "Awards", "Championship", "Championships", "Cup", "Olympics", "Prize", "Trophy", "Marathon", "Festival",
    };

    /// <summary>First words of places named "X of Y" ("Municipality of Livorno", "State of Texas", "Isle of Man").</summary>
    public static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Municipality", "State", "Province", "County", "Region", "Prefecture", "Commune", "Isle", "Island", "Islands",
        "Gulf", "Bay", "Lake", "Mount", "Plains", "Kingdom", "Republic", "Sea", "Strait", "Straits",
    };

    /// <summary>Month names, which a recogniser may take for given names ("in May", "since June").</summary>
    public static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    };

    /// <summary>Last words of newspapers' names ("Toronto Star", "New Zealand Herald").</summary>
    public static readonly HashSet<string> NewspaperHeads = new(StringComparer.Ordinal)
    {
        "Star", "Sun", "Herald", "Times", "Post", "Journal", "Gazette", "Tribune", "Telegraph", "Chronicle", "Observer",
        "Courier", "Examiner", "Inquirer", "Dispatch", "Bulletin", "Globe", "Independent",
    };

    /// <summary>Nouns only a company takes right after its name ("Google headquarters", "Twitter users").</summary>
    public static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        // Not "shares" or "stocks": "Tokyo shares" are a market's.
        "headquarters", "shareholders", "employees", "users", "subscribers", "website", "app", "platform",
        "co-founder", "founder", "ceo", "subsidiary", "executives", "organisation", "organization", "warehouse", "warehouses",
        "workforce",
        // A newsroom's or a broadcaster's: "Wikinews reporters", "BBC viewers".
        "reporters", "journalists", "correspondents", "viewers", "listeners", "readers",
        // An armed group's: "al Qaeda fighters", "Hezbollah militants" (not "Kurdish fighters": not after a people).
        "fighters", "militants", "operatives", "gunmen",
    };

    /// <summary>A company's or a market's after a name ("Pirelli shares", "Tokyo stocks", "Tesco profits rise").</summary>
    public static readonly HashSet<string> StockWords = new(StringComparer.Ordinal)
    {
        "shares", "stock", "shareholders", "stockholders", "profits", "profit", "revenues", "earnings",
    };

    /// <summary>What only a company has after its "'s" ("Google's shares", "Netflix's revenue"), lower case.</summary>
    public static readonly HashSet<string> CompanyPossessions = new(StringComparer.OrdinalIgnoreCase)
    {
        "shares", "stock", "revenue", "revenues", "profit", "profits", "earnings", "ceo", "chairman", "board",
        "products", "brand", "software", "servers", "stores", "customers",
    };

    /// <summary>Verbs of saying after a name ("Google said it..."), lower case.</summary>
    public static readonly HashSet<string> SayVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "announces", "stated", "added", "confirmed", "confirms", "insisted", "denied", "denies",
    };

    /// <summary>
    /// Roles only an organisation has, before "of"/"at" and its name ("co-founder of Google", "members of
    /// Scientology"), lower case.
    /// </summary>
    public static readonly HashSet<string> CompanyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "co-founder", "cofounder", "founder", "founders", "ceo", "employee", "employees", "staff", "shareholders",
        "subscribers", "users", "member", "members", "subsidiary", "economist", "economists", "analyst", "analysts",
        "strategist", "strategists", "executive", "executives", "trader", "traders", "shares", "stock", "customers", "clients",
        "director", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson", "editor", "editors",
        "columnist", "correspondent",
    };

    /// <summary>
    /// Last words that make a name an organisation's ("Make-A-Wish Foundation", "Adler Planetarium", "Home Office"),
    /// whatever the recogniser made of the words before them.
    /// </summary>
    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Foundation", "Museum", "Planetarium", "Gallery", "Galleries", "Office", "Navy", "Army", "Church", "University",
        "College", "Council", "Party", "Ministry", "Agency", "Department", "Institute", "Inc", "Inc.", "Corp", "Corp.",
        "Corporation", "Ltd", "Ltd.", "Club", "FC", "Committee", "Commission", "Association", "Society", "Authority",
        "Organisation", "Organization", "Police", "Board", "Parliament", "Court",
    };

    /// <summary>
    /// Last words of companies' names ("Kingfisher Airlines", "Pyra Labs", "Shady Records"): they make the name an
    /// organisation's, but a coordination before them shares them ("Association of Payment and Clearing Services").
    /// </summary>
    public static readonly HashSet<string> CompanyHeads = new(StringComparer.Ordinal)
    {
        "Airlines", "Airways", "Labs", "Records", "Studios", "Pictures", "Trust", "Holdings", "Group", "Motors",
        "Technologies", "Services", "Securities", "Capital", "Partners", "Investments", "Systems", "Industries",
        "Communications", "Networks", "Entertainment", "Pharmaceuticals", "Software", "Semiconductor", "Semiconductors",
        "Electronics", "Therapeutics", "Biosciences", "Robotics", "Logistics", "Analytics", "Ventures", "Bancorp",
    };

    /// <summary>Last words a football club goes by alone: "Villa" for "Aston Villa", "Forest" for "Nottingham Forest".</summary>
    public static readonly HashSet<string> ClubWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "villa", "forest", "palace", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "celtic", "argyle",
    };

    /// <summary>Last words of clubs' names that are common words too ("Manchester United", "Bristol City").</summary>
    public static readonly HashSet<string> CommonClubWords = new(StringComparer.OrdinalIgnoreCase) { "united", "city", "county", "town" };

    /// <summary>Words that open a club's name before its city ("Real Madrid", "Borussia Dortmund").</summary>
    public static readonly HashSet<string> ClubPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "real", "atletico", "atlético", "bayern", "borussia", "inter", "dynamo", "dinamo", "sparta", "olympique", "sporting",
        "racing", "partizan", "deportivo", "hertha", "eintracht", "werder", "fortuna", "hapoel", "maccabi", "steaua", "slavia",
        "lokomotiv", "spartak", "ajax", "benfica", "juventus", "olympiacos", "panathinaikos", "galatasaray", "fenerbahce",
    };

    /// <summary>Honorifics: the name after them is a person's.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Prof", "Prof.", "Mme", "Mme.", "Professor",
        "MR", "MRS", "MS", "DR",
    };

    /// <summary>Title heads a later nominal can repeat ("the prime minister", "the president").</summary>
    public static readonly string[] NominalTitles =
    [
        "prime minister", "foreign minister", "defence minister", "defense minister", "finance minister",
        "home secretary", "foreign secretary", "health secretary", "education secretary", "culture secretary",
        "defence secretary", "transport secretary", "environment secretary", "business secretary", "justice secretary",
        "trade secretary", "first minister", "health minister", "interior minister", "justice minister", "trade minister",
        "attorney general",
        "vice president", "secretary of state", "secretary-general", "secretary general", "president", "minister",
        "premier", "chancellor", "secretary", "senator", "governor", "mayor", "king", "queen", "prince", "princess",
        "taoiseach", "pope", "chairman", "chairwoman", "chief executive", "ceo", "director", "speaker", "leader", "ambassador",
        "envoy", "judge", "commander", "general", "coach", "manager", "spokesman", "spokeswoman", "sheikh", "head", "boss",
    ];

    /// <summary>
    /// Words that make a cabinet office of "secretary" or "minister" without being titles themselves ("Home Secretary",
    /// "First Minister"; "Home Depot" and "First Republic" are names).
    /// </summary>
    public static readonly HashSet<string> Portfolios = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "education", "culture", "transport", "environment", "business", "first",
    };

    /// <summary>Nominals for organisations and countries.</summary>
    public static readonly Dictionary<string, ActorKind> KindNominals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["company"] = ActorKind.Organization, ["firm"] = ActorKind.Organization, ["group"] = ActorKind.Organization,
        ["organisation"] = ActorKind.Organization, ["organization"] = ActorKind.Organization,
        ["movement"] = ActorKind.Organization, ["ministry"] = ActorKind.Organization, ["agency"] = ActorKind.Organization,
        ["bank"] = ActorKind.Organization, ["club"] = ActorKind.Organization, ["party"] = ActorKind.Organization,
        ["government"] = ActorKind.Organization, ["country"] = ActorKind.Location, ["city"] = ActorKind.Location,
        // What business news calls a company it has named: "Ryanair ... The carrier reported ...".
        ["carmaker"] = ActorKind.Organization, ["airline"] = ActorKind.Organization, ["carrier"] = ActorKind.Organization,
        ["retailer"] = ActorKind.Organization, ["insurer"] = ActorKind.Organization, ["lender"] = ActorKind.Organization,
        ["broadcaster"] = ActorKind.Organization, ["manufacturer"] = ActorKind.Organization,
        ["supermarket"] = ActorKind.Organization, ["publisher"] = ActorKind.Organization, ["brewer"] = ActorKind.Organization,
        ["chipmaker"] = ActorKind.Organization, ["conglomerate"] = ActorKind.Organization, ["forecaster"] = ActorKind.Organization,
        ["planemaker"] = ActorKind.Organization,
        ["regulator"] = ActorKind.Organization, ["watchdog"] = ActorKind.Organization,

        // Roles news uses to name again a person it has just named: "..., added the defender".
        ["defender"] = ActorKind.Person, ["striker"] = ActorKind.Person, ["midfielder"] = ActorKind.Person,
        ["winger"] = ActorKind.Person, ["goalkeeper"] = ActorKind.Person, ["keeper"] = ActorKind.Person,
        ["singer"] = ActorKind.Person, ["president-elect"] = ActorKind.Person,
        ["actor"] = ActorKind.Person, ["actress"] = ActorKind.Person, ["rapper"] = ActorKind.Person,
        ["musician"] = ActorKind.Person, ["novelist"] = ActorKind.Person, ["author"] = ActorKind.Person,
        ["businessman"] = ActorKind.Person, ["businesswoman"] = ActorKind.Person, ["veteran"] = ActorKind.Person,
        ["boxer"] = ActorKind.Person, ["skipper"] = ActorKind.Person, ["captain"] = ActorKind.Person,
        ["Scot"] = ActorKind.Person, ["Briton"] = ActorKind.Person, ["Welshman"] = ActorKind.Person,
        ["Irishman"] = ActorKind.Person, ["Englishman"] = ActorKind.Person, ["Frenchman"] = ActorKind.Person,
        ["Spaniard"] = ActorKind.Person,
    };

    public static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "pope", "chairman", "spokesman",
        "congressman", "father", "rabbi", "imam", "ayatollah", "he", "him", "his", "himself",
    };

    public static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess", "chairwoman", "spokeswoman",
        "congresswoman", "she", "her", "hers", "herself",
    };

    /// <summary>The particles of a person's name ("Ursula von der Leyen", "Lula da Silva", "Osama bin Laden").</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn",
    };

    /// <summary>Capitalised only because they start a sentence or a heading: never a name on their own.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "despite", "however", "tags", "tag", "but", "and", "or", "so", "yet", "the", "a", "an", "this",
        "that", "these", "those", "there", "here", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "your", "in", "on", "at", "for", "with", "as", "after", "before", "when", "while", "if",
        "although", "though", "since", "until", "because", "also", "still", "now", "then", "thus", "therefore",
        "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "finally", "first", "second",
        "last", "earlier", "later", "today", "yesterday", "tomorrow", "according", "asked", "speaking", "during",
        "under", "over", "from", "by", "about", "against", "between", "among", "amid", "amidst", "without", "within",
        "all", "both", "each", "every", "some", "many", "most", "several", "no", "not", "one", "what", "why", "how",
        "who", "where", "which", "whose", "read", "more", "related", "share", "advertisement", "comment", "comments",
        "image", "photo", "copyright", "source", "sources", "video", "watch", "listen", "update", "updated", "breaking",
        "exclusive", "analysis", "opinion", "editorial", "live", "follow", "subscribe", "sign", "click", "see", "yes",
        "oh", "well", "even", "just", "only", "already", "again", "further", "overall", "separately", "likewise",
        "similarly", "additionally", "ultimately", "currently", "recently", "previously", "initially", "notably",
        "importantly", "crucially", "clearly", "obviously", "perhaps", "maybe", "such", "other", "another", "any",
        "usually", "generally", "typically", "often", "sometimes", "frankly", "honestly", "hopefully", "unfortunately",
        "fortunately", "interestingly", "surprisingly", "apparently", "reportedly", "allegedly", "eventually",
        "originally", "certainly", "basically", "actually", "essentially", "specifically", "particularly",
        "especially", "increasingly", "traditionally", "historically", "officially", "unsurprisingly", "naturally",
        // A profile's or an obituary's opening participle: "Born in Consett in 1934, she ...".
        "born", "raised", "educated", "founded", "formed", "elected", "appointed", "aged",
    };

    /// <summary>Never the first word of a name, wherever they stand ("Meanwhile Blinken ...").</summary>
    public static readonly HashSet<string> SentenceAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "despite", "however", "tags", "tag", "moreover", "furthermore", "nevertheless", "nonetheless",
        "instead", "indeed", "finally", "according", "asked", "speaking", "amid", "amidst", "although", "though",
        "because", "but", "and", "yet", "also", "still", "thus", "therefore", "hence", "read", "related", "share",
        "advertisement", "comment", "comments", "copyright", "updated", "breaking", "exclusive", "watch", "listen",
        "subscribe", "click", "additionally", "ultimately", "currently", "recently", "previously", "separately",
    };

    public static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces",
        "claimed", "claims", "insisted", "insists", "argued", "argues", "warned", "warns", "noted", "notes",
        "explained", "explains", "acknowledged", "admitted", "denied", "denies", "asserted", "asserts", "declared",
        "declares", "reported", "reports", "confirmed", "confirms", "accused", "accuses", "urged", "urges",
        "emphasized", "emphasised", "stressed", "stresses", "rejected", "rejects", "believes", "believed", "thinks",
        "wrote", "writes", "tweeted", "posted", "replied", "responded", "suggested", "suggests", "described",
        "would", "will", "has", "had", "is", "was", "also", "later", "then",
    };

    public enum Gender { Unknown, Male, Female }

    public static (Gender Gender, bool Plural, bool Neuter) Pronoun(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16)
        {
            return (Gender.Unknown, false, false);
        }

        // ASCII, nearly every word, lower-cased without the call.
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 0x80)
            {
                word.ToLowerInvariant(lower);
                break;
            }

            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return lower switch
        {
            "he" or "him" or "his" or "himself" => (Gender.Male, false, false),
            "she" or "her" or "hers" or "herself" => (Gender.Female, false, false),
            "they" or "them" or "their" or "theirs" or "themselves" => (Gender.Unknown, true, false),
            "it" or "its" or "itself" => (Gender.Unknown, false, true),
            _ => (Gender.Unknown, false, false),
        };
    }

    public static bool IsPronoun(ReadOnlySpan<char> word)
    {
        // Called for every word: most are rejected by length and first letter before lower-casing.
        if (word.Length is < 2 or > 10 || (word[0] | 0x20) is not ('h' or 's' or 't' or 'i'))
        {
            return false;
        }

        var (g, plural, neuter) = Pronoun(word);
        return g != Gender.Unknown || plural || neuter;
    }

    /// <summary>"Det Con Amy Fisher": "Con" after "Det" is a detective constable's rank ("Con Coughlin" keeps his name).</summary>
    public static bool IsConstableRank(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        word is "Con" && previous is "Det" or "Det.";

    /// <summary>Looks a token up by its characters, so scanning tokens allocates no strings.</summary>
    public static bool ContainsWord(this HashSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
