using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// What a name's own words and its neighbours say of its kind: "Google headquarters", "co-founder of Google", "the
/// State of Texas", "the FA Cup", "Toronto Star". The recogniser learned from 1996 news; a name it never saw it
/// types by its shape, and these words overrule it.
/// </summary>
internal sealed class KindEvidence(Gazetteer gazetteer)
{
    /// <summary>
    /// The kind of the name in tokens [<paramref name="first"/>, <paramref name="end"/>) that the recogniser (or an
    /// honorific) typed <paramref name="recognised"/>, and whether the context says it outright.
    /// </summary>
    public (ActorKind Kind, bool FromContext) Read(TextDocument document, int first, int end, int sentenceStart, ActorKind recognised)
    {
        var kind = recognised;

        // "Toronto Star", "Saudi Gazette": a place followed by a newspaper's name word is the paper (also when the
        // recogniser took "Edmonton Sun" for a person).
        if (end - first > 1 && ActorLexicon.NewspaperHeads.ContainsWord(document.TokenChars(end - 1))
            && (kind == ActorKind.Location || (kind == ActorKind.Person && IsPlace(document, first))))
        {
            kind = ActorKind.Organization;
        }

        // "SAN FRANCISCO - Intel Corp. is working", "NEW YORK ( Reuters ) -": a listed place in capitals opening a line
        // before a dash or a bracket is the report's dateline.
        if (IsDateline(document, first, end, sentenceStart))
        {
            return (ActorKind.Location, true);
        }

        // "Google headquarters", "Google's website", "co-founder of Google", "Make-A-Wish Foundation": only an
        // organisation has these, whatever the recogniser (which learned from 1996 news) made of a name it never saw.
        var fromContext = (kind != ActorKind.Other && (CompanyNounAfter(document, first, end, kind) || CompanyRoleBefore(document, first, end, sentenceStart, kind)))
            || (end - first > 1 && (ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(end - 1))
                                    || ActorLexicon.CompanyHeads.ContainsWord(document.TokenChars(end - 1))))
            || IsWebsiteName(document.Text.AsSpan(document.Tokens[end - 1].Span.End))
            || DescribedAsCompany(document, first, end, sentenceStart, kind)
            || (kind == ActorKind.Other && SpokespersonOrStoresAfter(document, first, end));
        // "Google said it would appeal", "Twitter, which...": what a person is never called.
        // A first name says person louder ("Merck's head of research Peter Kim said that it withdrew...").
        // So does a person's title before it ("president Thabo Mbeki said it was important").
        fromContext |= kind == ActorKind.Person && !StartsWithGivenName(document, first, end) && !AfterPersonTitle(document, first, sentenceStart)
            && (SaidOfAThing(document, first, end, sentenceStart) || OwnsWithIts(document, first, end, sentenceStart) || ClubRoleAfter(document, end)
                || (end - first == 1 && (gazetteer.Lookup(document, first, end) & Gazetteer.Club) != 0 && ClubPlayerAfter(document, end)));
        // "Chelsea head coach Enzo Maresca", "Arsenal 3-1 Chelsea": a listed club that is also a first name, where only
        // the club fits.
        fromContext |= kind == ActorKind.Person && end - first == 1 && (gazetteer.Lookup(document, first, end) & Gazetteer.Club) != 0
            && !AfterPersonTitle(document, first, sentenceStart) && (ClubRoleAfter(document, end) || ScoreBeside(document, first, end));
        if (fromContext)
        {
            return (ActorKind.Organization, true);
        }

        // "The singer Taylor Swift", "president Thabo Mbeki": a given name and a surname after a role only a person has,
        // in lower case ("King Arthur International" is a prize).
        if (kind != ActorKind.Person && end - first is 2 or 3 && StartsWithGivenName(document, first, end)
            && first > sentenceStart && char.IsLower(document.TokenChars(first - 1)[0])
            && (AfterPersonTitle(document, first, sentenceStart) || AfterPersonRole(document, first, sentenceStart)))
        {
            return (ActorKind.Person, true);
        }

        // "wrote on Telegram", "posted on Truth Social": where words are posted is a platform, a company's service, not
        // a place.
        if (kind == ActorKind.Location && first - 2 >= sentenceStart && document.TokenChars(first - 1) is "on"
            && document.TokenChars(first - 2) is "wrote" or "posted" or "tweeted" or "shared" or "writing" or "posting")
        {
            return (ActorKind.Organization, true);
        }

        // "its Dove and Vaseline brands", "the Smart brand": a firm's product line, no person or firm of its own ("the
        // BMW brand" is also the firm's name).
        if (IsOwnedBrand(document, first, end, sentenceStart, kind))
        {
            return (ActorKind.Other, true);
        }

        // "Hart, of Scarborough, admitted ...", "Jane Doe, 34, of Leeds,", "Cudworth, near Barnsley": where a person
        // lives or a place lies, when the place is listed.
        if (kind != ActorKind.Location && (IsResidence(document, first, end, sentenceStart) || (first > sentenceStart && document.TokenChars(first - 1) is "near"))
            && (gazetteer.Lookup(document, first, end) & Gazetteer.Places) != 0)
        {
            return (ActorKind.Location, true);
        }

        if (kind == ActorKind.Location && PlaysAsTeam(document, first, end, sentenceStart))
        {
            return (ActorKind.Organization, true);
        }

        // "Manchester City", "Aston Villa": a club's own name of several words, which is no place's ("born in
        // nearby Port Talbot", "residents in Edinburgh City" are where someone is).
        if (kind == ActorKind.Location && end - first > 1 && gazetteer.Lookup(document, first, end) is var lists
            && (lists & Gazetteer.Club) != 0 && (lists & Gazetteer.Places) == 0
            && !(first > sentenceStart && document.TokenChars(first - 1) is "in" or "near" or "nearby" or "around" or "across"))
        {
            return (ActorKind.Organization, true);
        }

        if (end - first > 2 && ActorLexicon.PlaceHeads.ContainsWord(document.TokenChars(first))
            && document.TokenChars(first + 1).Equals("of", StringComparison.Ordinal)
            && (!document.TokenChars(first).Equals("State", StringComparison.Ordinal)
                || (gazetteer.Lookup(document, first + 2, end) & Gazetteer.Places) != 0))
        {
            // "the Municipality of Livorno", "the State of Texas", "the Isle of Man": a place, not its government
            // (but "The State of Agricultural Commodity Markets" is a report: a state only of a listed place).
            return (ActorKind.Location, true);
        }

        // "the Oregon city of Grants Pass", "the town of Bel Air": what a city is named is a place.
        if (first - 2 >= sentenceStart && document.TokenChars(first - 1).Equals("of", StringComparison.Ordinal)
            && document.TokenChars(first - 2) is "city" or "town" or "village" or "suburb" or "island" or "province")
        {
            return (ActorKind.Location, true);
        }

        if (end - first > 1 && ActorLexicon.EventHeads.ContainsWord(document.TokenChars(end - 1)))
        {
            // "the FA Cup", "the Academy Awards", "the Berlin Film Festival": an event or a prize, whatever the
            // recogniser made of the place or the sponsor in it.
            return (ActorKind.Other, true);
        }

        // "Milton Keynes", "Costa Rica": a listed place's full name is the place, though its first word is a given name.
        return (kind == ActorKind.Person && end - first > 1 && (gazetteer.Lookup(document, first, end) & Gazetteer.Places) != 0
            ? ActorKind.Location : kind, false);
    }

    private static bool IsOwnedBrand(TextDocument document, int first, int end, int sentenceStart, ActorKind kind)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, first).EndToken;
        var k = end;
        while (k < sentenceEnd && k < end + 8 && (document.TokenChars(k) is "and" or "," or "&" || char.IsUpper(document.TokenChars(k)[0])))
        {
            k++;
        }

        if (k >= sentenceEnd || document.TokenChars(k) is not ("brand" or "brands"))
        {
            return false;
        }

        // The owner before the first of the names: "its", "their", "the", "Unilever's".
        var j = first - 1;
        while (j > sentenceStart && (document.TokenChars(j) is "and" or "," or "&" || char.IsUpper(document.TokenChars(j)[0])))
        {
            j--;
        }

        return j >= sentenceStart && (document.TokenChars(j) is "its" or "their" or "his" or "her" || NameTokens.IsPossessive(document.TokenChars(j))
            || (document.TokenChars(j) is "the" && (kind == ActorKind.Person || document.TokenChars(k) is "brands")));
    }

    private static bool IsResidence(TextDocument document, int first, int end, int sentenceStart) =>
        first - 3 >= sentenceStart && end < document.Tokens.Count
        && document.TokenChars(first - 1) is "of" && document.TokenChars(first - 2) is ","
        && document.TokenChars(end) is "," or "." && char.IsUpper(document.TokenChars(first - 3)[0]) is var name
        && (name || document.Tokens[first - 3].Kind == TokenKind.Number);

    /// <summary>The name lists the words of tokens [<paramref name="first"/>, <paramref name="end"/>) are on.</summary>
    public ushort Lists(TextDocument document, int first, int end) => gazetteer.Lookup(document, first, end);

    private bool IsDateline(TextDocument document, int first, int end, int sentenceStart)
    {
        if (end >= document.Tokens.Count || !(NameTokens.IsDash(document.TokenChars(end)) || document.TokenChars(end) is "(")
            || !NameTokens.OpensLine(document, first, sentenceStart) || !NameTokens.HasNoLowerCase(document, first, end))
        {
            return false;
        }

        return (gazetteer.Lookup(document, first, end) & Gazetteer.Places) != 0;
    }

    /// <summary>"Pat Caddell", "Jean-Pierre Raffarin": a name of two words or more that opens with a listed given name.</summary>
    public bool StartsWithGivenName(TextDocument document, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        var word = document.TokenChars(first);
        var hyphen = word.IndexOf('-');
        return (gazetteer.LookupWord(hyphen > 0 ? word[..hyphen] : word) & Gazetteer.GivenName) != 0;
    }

    // "Chelsea boss Enzo Maresca", "Arsenal manager Mikel Arteta", "Chelsea chief executive Peter Kenyon": a club's
    // manager or player, then his name.
    private static bool ClubRoleAfter(TextDocument document, int end)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        if (end + 1 < sentenceEnd && ClubRoles.Contains(document.TokenChars(end)) && char.IsUpper(document.TokenChars(end + 1)[0]))
        {
            return true;
        }

        return end + 2 < sentenceEnd && ClubRoleFirstWords.Contains(document.TokenChars(end))
            && (ClubRoles.Contains(document.TokenChars(end + 1)) || document.TokenChars(end + 1) is "director")
            && char.IsUpper(document.TokenChars(end + 2)[0]);
    }

    // "Arsenal 3-1 Chelsea", "Chelsea 2-0 Spurs": a score beside the name.
    private static bool ScoreBeside(TextDocument document, int first, int end) =>
        (first > 0 && IsScore(document.TokenChars(first - 1))) || (end < document.Tokens.Count && IsScore(document.TokenChars(end)));

    private static bool IsScore(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 5 && word.IndexOf('-') is var dash and > 0 && dash < word.Length - 1
        && !word[..dash].ContainsAnyExceptInRange('0', '9') && !word[(dash + 1)..].ContainsAnyExceptInRange('0', '9');

    // "Chelsea's Damien Duff": a listed club's player, named in full after its "'s".
    private static bool ClubPlayerAfter(TextDocument document, int end)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        return end + 2 < sentenceEnd && NameTokens.IsPossessive(document.TokenChars(end))
            && char.IsUpper(document.TokenChars(end + 1)[0]) && char.IsUpper(document.TokenChars(end + 2)[0]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubRoleFirstWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "chief", "sporting", "technical", "assistant", "club", "team", "head",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        "boss", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "skipper",
        "chairman", "owner", "executive", "forward", "full-back", "playmaker", "team-mate",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "An Aldi spokesperson", "sold in Aldi stores": what a company has, when the recogniser took a name it never saw
    // for a thing (not "a Russian spokesman" or "a Tory spokesman", which it saw).
    private bool SpokespersonOrStoresAfter(TextDocument document, int first, int end) =>
        end < NameTokens.SentenceOf(document, end - 1).EndToken && document.TokenChars(end) is "spokesperson" or "spokesman" or "spokeswoman" or "stores"
        && !document.TokenChars(end - 1).EndsWith("-based", StringComparison.Ordinal)
        && (gazetteer.Lookup(document, first, end) & (Gazetteer.PlacesOrDemonyms | Gazetteer.TrainingMisc | Gazetteer.TrainingLocation | Gazetteer.LowerCaseWord)) == 0;

    /// <summary>"Google headquarters", "Google's website": a noun only a company takes, after the name or its "'s".</summary>
    private bool CompanyNounAfter(TextDocument document, int first, int end, ActorKind kind)
    {
        var name = end;
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        if (end < sentenceEnd - 1 && NameTokens.IsPossessive(document.TokenChars(end)))
        {
            // "Facebook's chief executive", "Google's shares", "Boeing's new chief executive"; not "Tokyo's shares".
            end++;
            if (end + 1 < sentenceEnd && document.TokenChars(end) is "new" or "former" or "outgoing" or "incoming" or "interim" or "acting")
            {
                end++;
            }

            var word = document.TokenChars(end);
            if ((gazetteer.Lookup(document, first, end - 1) & Gazetteer.PlacesOrDemonyms) == 0 && ActorLexicon.CompanyPossessions.ContainsWord(word)
                || (word.Equals("chief", StringComparison.OrdinalIgnoreCase) && end + 1 < sentenceEnd
                    && document.TokenChars(end + 1).Equals("executive", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "Gartner's principal analyst Kobita Desai", "Deloitte's chief economist": a firm's analysts, not a person's.
            var role = word is "principal" or "senior" or "chief" or "lead" or "head" && end + 1 < sentenceEnd ? document.TokenChars(end + 1) : word;
            if ((gazetteer.Lookup(document, first, end - 1) & Gazetteer.PlacesOrDemonyms) == 0
                && role is "analyst" or "analysts" or "economist" or "economists" or "strategist" or "strategists" or "researchers")
            {
                return true;
            }
        }

        // Not after a place: "US subsidiary", "UK shareholders", "London headquarters" are a company's there (a
        // listed place, or a short capitalised abbreviation the recogniser typed a place). "Pirelli shares" and
        // "Jones stock" are a company's, "Tokyo shares" a market's: only after a name not typed a place.
        return end < sentenceEnd
            && (ActorLexicon.CompanyNouns.ContainsWord(document.TokenChars(end))
                || (kind != ActorKind.Location && ActorLexicon.StockWords.ContainsWord(document.TokenChars(end))))
            && (gazetteer.Lookup(document, first, name) & Gazetteer.PlacesOrDemonyms) == 0
            && !(kind == ActorKind.Location && name - first == 1 && document.TokenChars(first).Length <= 3);
    }

    // "Unilever is in early talks with private equity firms about selling its ice cream business": the "its" of the
    // sentence's subject, with no other thing named between that it could be.
    private static bool OwnsWithIts(TextDocument document, int first, int end, int sentenceStart)
    {
        if (first != sentenceStart)
        {
            return false;
        }

        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        for (var k = end; k < sentenceEnd && k < end + 14; k++)
        {
            var word = document.TokenChars(k);
            if (word is "its")
            {
                return true;
            }

            if (word is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "he" or "she" or "which" or "who" or "," or ";" or ":" or "\"" or "“"
                || char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool SaidOfAThing(TextDocument document, int first, int end, int sentenceStart)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        if (end + 1 >= sentenceEnd)
        {
            return false;
        }

        // Not "a son of President Suharto, which...", "the party of Massoud Barzani said that it...": there the
        // "which" or "it" is the thing before the "of".
        var k = first - 1;
        while (k > sentenceStart && ActorLexicon.TitleWords.ContainsWord(document.TokenChars(k)))
        {
            k--;
        }

        if (k >= sentenceStart && document.TokenChars(k).Equals("of", StringComparison.Ordinal))
        {
            return false;
        }

        var next = document.TokenChars(end);
        var after = document.TokenChars(end + 1);
        if (next.Equals(",", StringComparison.Ordinal))
        {
            return after.Equals("which", StringComparison.Ordinal);
        }

        if (after.Equals("that", StringComparison.Ordinal) && end + 2 < sentenceEnd)
        {
            after = document.TokenChars(end + 2);
        }

        return ActorLexicon.SayVerbs.ContainsWord(next) && (after.Equals("it", StringComparison.Ordinal) || after.Equals("its", StringComparison.Ordinal));
    }

    /// <summary>"co-founder of Google", "members of Scientology": a role only an organisation has.</summary>
    private bool CompanyRoleBefore(TextDocument document, int first, int end, int sentenceStart, ActorKind kind)
    {
        var k = first - 1;
        if (k > sentenceStart && document.TokenChars(k).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (k <= sentenceStart)
        {
            return false;
        }

        // "Shares in Boeing", "a stake in Unilever": what is held in a company.
        var role = document.TokenChars(k - 1);
        var held = role.Equals("shares", StringComparison.OrdinalIgnoreCase) || role.Equals("stake", StringComparison.OrdinalIgnoreCase);
        if (!(document.TokenChars(k) is "of" or "at" || (document.TokenChars(k) is "in" && held)) || !(held || ActorLexicon.CompanyRoles.ContainsWord(role)))
        {
            return false;
        }

        // Not "members of Suu Kyi's party", "members of Egypt's largest group", "a subsidiary of the UK food group":
        // not before a possessive, a listed place or a short capitalised abbreviation typed a place.
        return !(end < document.Tokens.Count && NameTokens.IsPossessive(document.TokenChars(end)))
            && (gazetteer.Lookup(document, first, end) & Gazetteer.PlacesOrDemonyms) == 0
            && !(kind == ActorKind.Location && end - first == 1 && document.TokenChars(first).Length <= 3);
    }

    // "competition from companies such as Amazon and Microsoft", "rivals including Aldi": one of the firms listed.
    private static bool AmongCompanies(TextDocument document, int first, int sentenceStart)
    {
        for (var k = first - 1; k > sentenceStart + 1 && k >= first - 8; k--)
        {
            var word = document.TokenChars(k);
            // "other tech giants, including Amazon and Meta": a comma may set the list off.
            if ((word is "as" && document.TokenChars(k - 1) is "such" && k - 2 >= sentenceStart && ListedFirms.ContainsWord(document.TokenChars(k - 2)))
                || (word is "including" or "like" && (ListedFirms.ContainsWord(document.TokenChars(k - 1))
                    || (document.TokenChars(k - 1) is "," && k - 2 >= sentenceStart && ListedFirms.ContainsWord(document.TokenChars(k - 2))))))
            {
                return true;
            }

            if (!(word is "," or "and" || (document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(word[0]))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ListedFirms = new(StringComparer.OrdinalIgnoreCase)
    {
        "companies", "firms", "rivals", "competitors", "retailers", "giants", "carmakers", "banks",
        "lenders", "airlines", "insurers", "supermarkets", "chains", "businesses", "corporations", "groups", "startups", "operators",
    };

    // What news writes around a company's name: its seat, its trade, its ticker, its brand's spelling.
    private bool DescribedAsCompany(TextDocument document, int first, int end, int sentenceStart, ActorKind kind)
    {
        if (NewsServiceAfter(document, end) || ListsTicker(document, first, end, sentenceStart)
            || (kind == ActorKind.Person && end - first == 1 && IsCamelCase(document.TokenChars(first))))
        {
            return true;
        }

        // Not a listed place or people, nor a short abbreviation typed a place ("US firm"), nor a person's full name.
        if ((gazetteer.Lookup(document, first, end) & Gazetteer.PlacesOrDemonyms) != 0
            || (kind == ActorKind.Location && end - first == 1 && document.TokenChars(first).Length <= 3)
            || StartsWithGivenName(document, first, end))
        {
            return false;
        }

        return BasedBefore(document, first, sentenceStart) || CompanyTypeAround(document, first, end, sentenceStart, kind)
            || AmongCompanies(document, first, sentenceStart);
    }

    // "the Tar Heels beat Miami 31 to 28", "Atlanta defeated Chicago": a city that wins or loses is its team (a
    // country is its national side, which the conventions keep a place).
    private bool PlaysAsTeam(TextDocument document, int first, int end, int sentenceStart)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        var after = end < sentenceEnd && IsResultVerb(document.TokenChars(end));
        var before = first > sentenceStart && (IsResultVerb(document.TokenChars(first - 1))
            || (first - 1 > sentenceStart && document.TokenChars(first - 1).Equals("to", StringComparison.Ordinal)
                && document.TokenChars(first - 2) is var lost && (lost.Equals("lost", StringComparison.Ordinal) || lost.Equals("losing", StringComparison.Ordinal))));
        if (!after && !before)
        {
            return false;
        }

        var lists = gazetteer.Lookup(document, first, end);
        return (lists & Gazetteer.City) != 0 && (lists & Gazetteer.Country) == 0;
    }

    private static bool IsResultVerb(ReadOnlySpan<char> word) => word switch
    {
        "beat" or "beats" or "beating" or "defeated" or "defeats" or "edged" or "routed" or "thrashed" or "downed" or "blanked"
            or "outlasted" or "outscored" or "overpowered" or "swept" => true,
        _ => false,
    };

    // "airline Virgin Atlantic", "Hang Seng bank announced". After the name only for one the recogniser took for a
    // person: "Scottish bank", "Tokyo firm" are firms there.
    private static bool CompanyTypeAround(TextDocument document, int first, int end, int sentenceStart, ActorKind kind)
    {
        var sentenceEnd = NameTokens.SentenceOf(document, end - 1).EndToken;
        return (first > sentenceStart && ActorLexicon.CompanyTypes.ContainsWord(document.TokenChars(first - 1)))
            || (kind == ActorKind.Person && end < sentenceEnd && ActorLexicon.CompanyTypesAfter.ContainsWord(document.TokenChars(end)))
            // "a Gallup survey", "an Ipsos poll": the pollster ("a new Clinton poll" is about a candidate).
            || (kind == ActorKind.Person && end - first == 1 && first > sentenceStart && end < sentenceEnd
                && document.TokenChars(first - 1) is "a" or "an" or "A" or "An" && document.TokenChars(end) is "poll" or "survey")
            // "The drug's maker, Eisai, said", "Linden's record label, Northgate Music,": a company named in apposition to
            // its trade.
            || (first - 2 > sentenceStart && end < sentenceEnd && document.TokenChars(first - 1) is ","
                && document.TokenChars(end) is "," && (ActorLexicon.CompanyTypes.ContainsWord(document.TokenChars(first - 2))
                                                       || document.TokenChars(first - 2) is "maker" or "owner" or "operator" or "developer"
                                                           or "label" or "studio" or "chain" or "lender" or "carrier" or "charity" or "regulator" or "watchdog")
                && !OfBefore(document, first - 2, sentenceStart));
    }

    // "The head of the state-owned Naftohaz company, Yury Boyko": the apposition is the head's, not the company's.
    private static bool OfBefore(TextDocument document, int noun, int sentenceStart)
    {
        for (var k = noun - 1; k > sentenceStart && k >= noun - 6; k--)
        {
            if (document.TokenChars(k) is "of")
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterPersonRole(TextDocument document, int first, int sentenceStart) =>
        first > sentenceStart && KindNominals.TryGetValue(document.TokenChars(first - 1), out var kind) && kind == ActorKind.Person;

    private static readonly Dictionary<string, ActorKind>.AlternateLookup<ReadOnlySpan<char>> KindNominals =
        ActorLexicon.KindNominals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AfterPersonTitle(TextDocument document, int first, int sentenceStart) =>
        first > sentenceStart && ActorLexicon.PersonTitles.ContainsWord(document.TokenChars(first - 1));

    // "France-based Airbus", "Seattle-based Amazon": where a company or a group has its seat (a listed place; not
    // "Windows-based" or "wheel-based").
    private bool BasedBefore(TextDocument document, int first, int sentenceStart)
    {
        if (first <= sentenceStart || !document.TokenChars(first - 1).EndsWith("-based", StringComparison.Ordinal))
        {
            return false;
        }

        var place = document.TokenChars(first - 1)[..^"-based".Length];
        return place.Length > 1 && char.IsUpper(place[0]) && (gazetteer.LookupWord(place) & Gazetteer.Places) != 0;
    }

    // "Jiji news agency", "Xinhua news service".
    private static bool NewsServiceAfter(TextDocument document, int end) =>
        end + 1 < document.Tokens.Count && document.TokenChars(end).Equals("news", StringComparison.OrdinalIgnoreCase)
        && document.TokenChars(end + 1) is var what
        && (what.Equals("agency", StringComparison.OrdinalIgnoreCase) || what.Equals("service", StringComparison.OrdinalIgnoreCase));

    // "(Nasdaq: MSFT)", "(NYSE: GTW)": an exchange with the ticker it lists.
    private static bool ListsTicker(TextDocument document, int first, int end, int sentenceStart)
    {
        if (first <= sentenceStart || end + 2 >= document.Tokens.Count || !document.TokenChars(first - 1).Equals("(", StringComparison.Ordinal)
            || !document.TokenChars(end).Equals(":", StringComparison.Ordinal))
        {
            return false;
        }

        var ticker = document.TokenChars(end + 1);
        foreach (var c in ticker)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '.')
            {
                return false;
            }
        }

        return ticker.Length is >= 1 and <= 6;
    }

    // "PalmOne", "LeapFrog", "YouTube": a capital inside one word names a company or a brand, not a person ("McCain",
    // "DeVito", "MacArthur", "LaGuardia" carry a family-name prefix).
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal)
            || word[..2] is "De" or "Di" or "Da" or "Du" or "La" or "Le" or "Lo" or "St" || word[..3] is "Van" or "Von")
        {
            return false;
        }

        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (char.IsLower(word[i]) && char.IsUpper(word[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "Gawker.com", "Scientology.org" (the tokeniser ends the name at the full stop): a site's name is its owner's, an
    // organisation.
    private static bool IsWebsiteName(ReadOnlySpan<char> after) =>
        (after.StartsWith(".com", StringComparison.Ordinal) || after.StartsWith(".org", StringComparison.Ordinal) || after.StartsWith(".net", StringComparison.Ordinal))
        && (after.Length == 4 || !char.IsLetterOrDigit(after[4]));

    private bool IsPlace(TextDocument document, int token) =>
        (gazetteer.LookupWord(document.TokenChars(token)) & Gazetteer.PlacesOrDemonyms) != 0;
}
