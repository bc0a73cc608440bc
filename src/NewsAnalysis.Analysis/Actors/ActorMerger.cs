using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Merges an article's names into actors: "Benjamin Netanyahu", "Netanyahu" and "Netanyahu's" are one person,
/// "United Nations" and "UN" one organisation, "Bill Clinton" not the "Clinton" of "Hillary Clinton".
/// </summary>
internal sealed class ActorMerger(Gazetteer gazetteer)
{
    // The nominal titles with a space on each side, to find them as whole words in " israeli prime minister ".
    private static readonly string[] PaddedTitles = ActorLexicon.NominalTitles.Select(t => " " + t + " ").ToArray();

    /// <param name="names">The article's names in text order, each with its final kind.</param>
    /// <returns>The actors drafted (in the order they were started) and the one each name joined.</returns>
    public (List<ActorDraft> Drafts, List<(NameMention Name, ActorDraft Draft)> Owner) Merge(TextDocument document, List<NameMention> names)
    {
        var drafts = new List<ActorDraft>();
        var index = new DraftIndex();
        // A list, not a dictionary keyed by the name: nothing looks a name up, and hashing a record with an array in it
        // cost a tenth of the resolver's time.
        var owner = new List<(NameMention Name, ActorDraft Draft)>(names.Count);
        HashSet<string>? clubs = null;
        foreach (var name in names)
        {
            if (IsClubName(document, name) || IsPlaceAndName(document, name))
            {
                clubs ??= new HashSet<string>(StringComparer.Ordinal);
                clubs.Add(name.Key);
            }

            var draft = Match(index.Candidates(name), name, IsGivenName(name), clubs);
            if (draft is null)
            {
                draft = index.Create();
                drafts.Add(draft);
            }

            draft.Add(name);
            index.Add(draft, name);
            owner.Add((name, draft));
            if (name.Kind == ActorKind.Person)
            {
                LearnTitleAndGender(document, name, draft);
            }
        }

        foreach (var draft in drafts)
        {
            ReadNameLists(document, draft);
        }

        return (drafts, owner);
    }

    // A demonym alone names a people, not an actor ("the Israelis"); a later "the country" names only a country; the
    // share of girls given a first name says which pronoun a person takes when no title did.
    private void ReadNameLists(TextDocument document, ActorDraft draft)
    {
        var demonyms = true;
        var country = false;
        foreach (var name in draft.Names)
        {
            demonyms = demonyms && IsDemonym(document, name);
            country = country || (gazetteer.Lookup(document, name.First, name.End) & Gazetteer.Country) != 0
                || (name.Kind == ActorKind.Location && CountryInitials.Contains(name.Key));
        }

        draft.ForcedOther = demonyms;
        draft.IsCountry = country;
        if (draft.Gender == ActorLexicon.Gender.Unknown && draft.Kind == ActorKind.Person)
        {
            var longest = draft.Longest;
            if (longest.Words.Length > 1 && gazetteer.FemaleShare(FeatureHash.OfLower(longest.Words[0])) is { } share)
            {
                draft.Gender = share >= 0.8 ? ActorLexicon.Gender.Female : share <= 0.2 ? ActorLexicon.Gender.Male : ActorLexicon.Gender.Unknown;
                draft.GenderSoft = draft.Gender == ActorLexicon.Gender.Male && ShortForBoth.Contains(longest.Words[0]);
            }
        }
    }

    // Short for a man's name and a woman's ("Sam" for Samuel or Samantha): the American birth records the share
    // comes from gave these to boys, British papers write them for women too.
    private static readonly HashSet<string> ShortForBoth = new(StringComparer.OrdinalIgnoreCase)
    {
        "sam", "alex", "chris", "charlie", "nicky", "mel", "terry", "jess",
    };

    // "the U.S.", "the UK": the list has each country's name, not the initials it goes by.
    private static readonly HashSet<string> CountryInitials = new(StringComparer.Ordinal) { "us", "usa", "uk", "uae", "drc", "prc" };

    /// <param name="candidates">The drafts that share a word or an acronym with the name, in any order.</param>
    private static ActorDraft? Match(List<ActorDraft> candidates, NameMention name, bool givenName, HashSet<string>? clubs)
    {
        // The latest actor already written this way wins.
        ActorDraft? same = null;
        foreach (var draft in candidates)
        {
            if ((same is null || draft.Order > same.Order) && draft.HasForm(name.Key) && draft.Kind == name.Kind)
            {
                same = draft;
            }
        }

        if (same is not null)
        {
            return same;
        }

        // Else the most recently mentioned compatible actor; on a tie, the first drafted.
        ActorDraft? best = null;
        foreach (var draft in candidates)
        {
            if ((best is null || draft.LastToken > best.LastToken || (draft.LastToken == best.LastToken && draft.Order < best.Order))
                && Compatible(draft, name, clubs))
            {
                best = draft;
            }
        }

        if (best is null && givenName)
        {
            // "Tom was the heart of this town" after "Tom Reilly": a first name alone is the one person the article
            // named with it, when no actor has it as a surname.
            foreach (var draft in candidates)
            {
                if (draft.Kind == ActorKind.Person && SharesFirstName(draft, name.Words[0]))
                {
                    if (best is not null && best != draft)
                    {
                        return null;
                    }

                    best = draft;
                }
            }
        }

        return best;
    }

    private bool IsGivenName(NameMention name) =>
        name.Kind == ActorKind.Person && name.Words.Length == 1 && gazetteer.FemaleShare(FeatureHash.OfLower(name.Words[0])) is not null;

    private static bool SharesFirstName(ActorDraft draft, string first)
    {
        foreach (var other in draft.Forms)
        {
            if (other.Kind == ActorKind.Person && other.Words.Length > 1 && other.Words[0] == first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Compatible(ActorDraft draft, NameMention name, HashSet<string>? clubs)
    {
        var words = name.Words;
        if (draft.Kind != name.Kind || HasOtherFirstName(draft, name))
        {
            return false;
        }

        foreach (var other in draft.Forms)
        {
            if (IsNameWord(words[^1]) && other.Words.Length > 1 && words.Length == 1 && other.Words[^1] == words[0]
                && other.Kind == ActorKind.Person)
            {
                return true;   // "Netanyahu" after "Benjamin Netanyahu"
            }

            if (name.Kind == ActorKind.Person && other.Kind == ActorKind.Person && words.Length > 1
                && (other.Words.Length == 1 ? other.Words[0] == words[^1]
                    : other.Words[0] == words[0] && other.Words[^1] == words[^1]))
            {
                return true;   // "Benjamin Netanyahu" after "Netanyahu"; "Joe Biden" and "Joe R Biden"
            }

            if (name.Kind != ActorKind.Person && other.Kind != ActorKind.Person
                && (IsAcronymOf(words, other.Words) || IsAcronymOf(other.Words, words)))
            {
                return true;   // "UN" and "United Nations"
            }

            if (name.Kind == ActorKind.Organization && other.Kind == ActorKind.Organization
                && (IsClippingOf(words, other.Words) || (IsClippingOf(other.Words, words) && !HasOtherLongName(draft, words))))
            {
                return true;   // "the Fed" and "the Federal Reserve"; "the Met" and "the Metropolitan Police"
            }

            if (name.Kind == ActorKind.Person && other.Kind == ActorKind.Person
                && (IsParticleSurname(words, other.Words) || IsParticleSurname(other.Words, words)))
            {
                return true;   // "Von der Leyen" and "Ursula von der Leyen"
            }

            if (name.Kind == ActorKind.Organization && other.Kind == ActorKind.Organization
                && (IsWithDesignator(words, other.Words) || IsWithDesignator(other.Words, words)) && !HasOtherLongName(draft, words))
            {
                return true;   // "Kmart" and "Kmart Holding Corp."
            }

            if (name.Kind == ActorKind.Organization && other.Kind == ActorKind.Organization
                && (IsClubShortName(words, other, clubs) || IsClubShortName(other.Words, name, clubs)) && !HasOtherLongName(draft, words))
            {
                return true;   // "Villa" and "Aston Villa"; not "Sheffield United" and "Manchester United"
            }
        }

        return false;
    }

    // A name cut short to the start of its first word ("fed" for "federal reserve"), or to the word before its "of"
    // ("the Bank" for the "Bank of England", "the Church" for the "Church of England"), as news names a few
    // institutions (not "Federal Open Market Committee": a long name is rarely clipped).
    private static bool IsClippingOf(string[] clipped, string[] full) =>
        clipped.Length == 1 && full.Length is 2 or 3
        && ((clipped[0].Length is 3 or 4 && full[0].Length > clipped[0].Length + 2 && full[0].StartsWith(clipped[0], StringComparison.Ordinal))
            || (full.Length == 3 && full[1] == "of" && full[0] == clipped[0]));

    // The surname with its particles ("von der leyen") ending the full name.
    private static bool IsParticleSurname(string[] surname, string[] full)
    {
        if (surname.Length < 2 || surname.Length >= full.Length || !ActorLexicon.NameParticles.Contains(surname[0]))
        {
            return false;
        }

        var offset = full.Length - surname.Length;
        for (var k = 0; k < surname.Length; k++)
        {
            if (full[offset + k] != surname[k])
            {
                return false;
            }
        }

        return true;
    }

    // The short name followed only by a company's designators in the long one.
    private static bool IsWithDesignator(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        for (var k = 0; k < longer.Length; k++)
        {
            if (k < shorter.Length ? longer[k] != shorter[k] : !CompanyDesignators.Contains(longer[k]))
            {
                return false;
            }
        }

        return true;
    }

    // "United" for "Manchester United" but not for "Shareholders United": a word as common as "United" or "City" is a
    // short name only of a club, whose name opens with a place or is on the list of clubs.
    // "Bayern" for "Bayern Munich" and "Dortmund" for "Borussia Dortmund": either word of a name made of a word and a city.
    private static bool IsClubShortName(string[] shorter, NameMention longer, HashSet<string>? clubs) =>
        shorter.Length == 1 && longer.Words.Length == 2
        && ((longer.Words[1] == shorter[0]
                && (ActorLexicon.ClubWords.Contains(shorter[0]) || (ActorLexicon.CommonClubWords.Contains(shorter[0]) && clubs is not null && clubs.Contains(longer.Key))))
            || (clubs is not null && clubs.Contains(longer.Key) && IsPlaceClubShortName(shorter[0], longer.Words)));

    // "Real" or "Bayern" before a city; the city after "Borussia" or before a plural nickname ("Leeds Rhinos").
    private static bool IsPlaceClubShortName(string shorter, string[] longer) =>
        (longer[0] == shorter && ActorLexicon.ClubPrefixes.Contains(shorter))
        || (longer[1] == shorter && ActorLexicon.ClubPrefixes.Contains(longer[0]))
        || (longer[0] == shorter && longer[1].EndsWith('s') && !longer[1].EndsWith("ss", StringComparison.Ordinal));

    // "Bayern Munich", "Borussia Dortmund": an organisation named by a word and a city, either way round.
    private bool IsPlaceAndName(TextDocument document, NameMention name) =>
        name.Kind == ActorKind.Organization && name.Words.Length == 2 && name.End - name.First == 2
        && !ActorLexicon.CommonClubWords.Contains(name.Words[0]) && !ActorLexicon.CommonClubWords.Contains(name.Words[1])
        && (((gazetteer.Lookup(document, name.First + 1, name.End) & Gazetteer.City) != 0) ^ ((gazetteer.Lookup(document, name.First, name.First + 1) & Gazetteer.City) != 0));

    private bool IsClubName(TextDocument document, NameMention name) =>
        name.Kind == ActorKind.Organization && name.Words.Length == 2 && ActorLexicon.CommonClubWords.Contains(name.Words[1])
        && ((gazetteer.Lookup(document, name.First, name.End) & Gazetteer.Club) != 0 || (gazetteer.Lookup(document, name.First, name.First + 1) & Gazetteer.Places) != 0);

    // "Reliance Energy" is not the "Reliance" an article already took for "Reliance Industries": a long name joins only
    // an actor whose long names it agrees with.
    private static bool HasOtherLongName(ActorDraft draft, string[] words)
    {
        if (words.Length < 2)
        {
            return false;
        }

        foreach (var other in draft.Forms)
        {
            if (other.Words.Length > 1 && !other.Words.AsSpan().SequenceEqual(words)
                && !IsWithDesignator(words, other.Words) && !IsWithDesignator(other.Words, words))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> CompanyDesignators = new(StringComparer.Ordinal)
    {
        "inc", "corp", "co", "ltd", "plc", "llc", "holding", "holdings", "group", "corporation", "company", "incorporated",
        "limited", "ag", "sa", "nv", "se", "spa",
        // What the company makes or does, which later mentions drop: "Nordel" for "Nordel Semiconductor", "Ford" for
        // "Ford Motor". Not "Capital" or "Pictures": "Barclays Capital" and "Sony Pictures" are arms of a group the
        // article may name too.
        "semiconductor", "semiconductors", "motor", "motors", "airlines", "airline", "airways", "bank", "energy",
        "pharmaceuticals", "pharma", "technologies", "technology", "systems", "industries", "communications", "networks",
        "software", "electronics", "steel", "oil", "petroleum", "chemicals", "foods", "brands", "mining", "insurance",
        "labs", "stores", "telecom", "water", "uk",
    };

    /// <summary>
    /// "Bill Clinton" is not the "Clinton" of an article that already named "Hillary Clinton": a full name whose first
    /// name differs from a full name the actor already has is another person of the same family.
    /// </summary>
    private static bool HasOtherFirstName(ActorDraft draft, NameMention name)
    {
        var words = name.Words;
        if (name.Kind != ActorKind.Person || words.Length < 2)
        {
            return false;
        }

        foreach (var other in draft.Forms)
        {
            if (other.Words.Length > 1 && other.Words[^1] == words[^1] && !SameFirstName(other.Words[0], words[0])
                && !IsParticleSurname(words, other.Words) && !IsParticleSurname(other.Words, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameFirstName(string a, string b) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));

    private static bool IsNameWord(string word) => word.Length > 1 && char.IsLetter(word[0]);

    // "UN" and "United Nations": the one-word name is the other's initials.
    private static bool IsAcronymOf(string[] acronym, string[] words) =>
        acronym.Length == 1 && DraftIndex.IsAcronymOf(acronym[0], words);

    private bool IsDemonym(TextDocument document, NameMention name)
    {
        if (name.End - name.First != 1 || gazetteer.Entries.Count == 0)
        {
            return false;
        }

        // "Israeli", "Egyptian-Qatari": every part a demonym.
        var token = document.TokenChars(name.First);
        foreach (var part in token.Split('-'))
        {
            if ((gazetteer.LookupWord(token[part]) & Gazetteer.Demonym) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // "Israeli Prime Minister Benjamin Netanyahu": the title words before the name say what a later "the prime
    // minister" refers to, and "Mr." or "Queen" say which pronoun does.
    // A "Vice President", "Deputy Prime Minister" or "former president" is not "the president" or "the prime minister".
    private static bool HasOwnTitle(ReadOnlySpan<char> words, string padded)
    {
        for (var from = 0; from < words.Length;)
        {
            var at = words[from..].IndexOf(padded, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var before = words[..at];
            var previous = before[(before.LastIndexOf(' ') + 1)..];
            if (previous is not ("vice" or "deputy" or "assistant" or "former" or "ex" or "under" or "shadow"))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // Only offices "the governor", "the senator" can name again (ActorLexicon.NominalTitles).
    private static readonly (string Abbreviation, string Title)[] SpeltOutTitles =
    [
        (" gov. ", "governor"), (" sen. ", "senator"), (" gen. ", "general"), (" pres. ", "president"),
    ];

    private static void LearnTitleAndGender(TextDocument document, NameMention name, ActorDraft draft)
    {
        var start = name.First;
        var sentence = NameTokens.SentenceOf(document, name.First);
        while (start > sentence.FirstToken && (ActorLexicon.TitleWords.ContainsWord(document.TokenChars(start - 1))
            || (start < name.First && ActorLexicon.Portfolios.ContainsWord(document.TokenChars(start - 1))
                && (document.TokenChars(start).Equals("secretary", StringComparison.OrdinalIgnoreCase) || document.TokenChars(start).Equals("minister", StringComparison.OrdinalIgnoreCase)))))
        {
            start--;
        }

        if (start == name.First)
        {
            return;
        }

        // "Shadow Home Secretary David Davis" holds no office the article calls "the home secretary".
        if (start > sentence.FirstToken && document.TokenChars(start - 1).Equals("shadow", StringComparison.OrdinalIgnoreCase))
        {
            start--;
        }

        // The title words lower-cased, each with a space before and after: " israeli prime minister ".
        var length = 1;
        for (var i = start; i < name.First; i++)
        {
            length += document.Tokens[i].Span.Length + 1;
        }

        Span<char> words = length <= 256 ? stackalloc char[length] : new char[length];
        words[0] = ' ';
        var at = 1;
        for (var i = start; i < name.First; i++)
        {
            var token = document.TokenChars(i);
            token.ToLowerInvariant(words[at..]);
            at += token.Length;
            words[at++] = ' ';
        }

        // Whole words only: "minister" is not in "administer".
        for (var t = 0; t < PaddedTitles.Length; t++)
        {
            if (HasOwnTitle(words, PaddedTitles[t]))
            {
                draft.AddTitle(ActorLexicon.NominalTitles[t]);
            }
        }

        // "Gov. Brian Kemp ... the governor": an abbreviated title is the office spelt out.
        foreach (var (abbreviation, title) in SpeltOutTitles)
        {
            if (HasOwnTitle(words, abbreviation))
            {
                draft.AddTitle(title);
            }
        }

        for (var i = start; i < name.First; i++)
        {
            var word = document.TokenChars(i);
            if (ActorLexicon.Male.ContainsWord(word))
            {
                draft.Gender = ActorLexicon.Gender.Male;
            }
            else if (ActorLexicon.Female.ContainsWord(word))
            {
                draft.Gender = ActorLexicon.Gender.Female;
            }
        }
    }
}
