using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The recogniser's entities as names: a leading title or function word and a trailing "'s" left out, two
/// organisations joined by "and" told apart, each name typed by what its own words and neighbours say
/// (<see cref="KindEvidence"/>), and what names nobody dropped (a title alone, a common word opening a sentence).
/// </summary>
internal sealed class NameCleaner(KindEvidence evidence)
{
    private readonly HeadlineBodyNames _headlines = new(evidence);

    /// <returns>The names in text order, their kinds as their own words and neighbours say.</returns>
    public List<NameMention> Clean(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        var names = new List<NameMention>(entities.Count);
        entities = JoinAmpersands(document, entities);
        foreach (var whole in entities)
        {
            var (entity, second) = SplitAtAnd(document, whole);
            if (second is null)
            {
                (entity, second) = SplitDateline(document, whole);
            }

            if (second is null)
            {
                (entity, second) = SplitBylinePlace(document, whole);
            }

            if (second is null)
            {
                (entity, second) = SplitAtReport(document, whole);
            }

            if (second is null)
            {
                (entity, second) = SplitTitledPersonOf(document, whole);
            }

            if (FromEntity(document, entity) is { } name)
            {
                names.Add(name);
            }

            if (second is { } other && FromEntity(document, other) is { } otherName)
            {
                names.Add(otherName);
            }
        }

        JoinParticleNames(names);
        AddEmployers(document, names);
        DropTitles(names);
        DropOpeningWords(document, names);
        _headlines.Trim(document, names);
        return names;
    }

    // "Pratt & Whitney", "Marks & Spencer": two names the recogniser found on either side of "&" are one firm.
    private static IReadOnlyList<NamedEntity> JoinAmpersands(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        List<NamedEntity>? joined = null;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (i + 1 < entities.Count && entities[i + 1] is var next && next.FirstToken == entity.EndToken + 1
                && document.TokenChars(entity.EndToken) is "&"
                // "Matt Lucas & David Walliams" are two people.
                && !(entity.Kind == ActorKind.Person && next.Kind == ActorKind.Person && entity.EndToken - entity.FirstToken > 1 && next.EndToken - next.FirstToken > 1))
            {
                joined ??= [.. entities.Take(i)];
                // "Serbia & Montenegro" is one country.
                var kind = entity.Kind == ActorKind.Location && next.Kind == ActorKind.Location ? ActorKind.Location : ActorKind.Organization;
                joined.Add(new NamedEntity(new Span(entity.Span.Start, next.Span.End), entity.FirstToken, next.EndToken, kind));
                i++;
                continue;
            }

            joined?.Add(entity);
        }

        return joined ?? entities;
    }

    private static void DropTitles(List<NameMention> names)
    {
        // "President" alone is a title, not a name; but "King" after "Billie Jean King" (or "Major" after "John
        // Major") is her surname.
        HashSet<string>? surnames = null;
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.Kind == ActorKind.Person && n.Words.Length == 1 && ActorLexicon.TitleWords.Contains(n.Words[0]))
            {
                // Only an article with a lone title word needs the surnames.
                surnames ??= Surnames(names);
                if (!surnames.Contains(n.Words[0]))
                {
                    RemoveLoneTitles(names, surnames);
                    break;
                }
            }
        }

        // "the Secretary of State", "Emeritus Professor": a title alone names nobody; nor does an honorific the recogniser
        // split from its name and typed as something else ("Dr" of "Dr Osei's study").
        names.RemoveAll(n => (n.Words.Length > 1 && Array.TrueForAll(n.Words, w => ActorLexicon.TitleWords.Contains(w) || w is "of" or "the" or "and"))
            || (n.Words.Length == 1 && LoneHonorifics.Contains(n.Words[0])));
    }

    // The honorifics in the lower case a name's words are kept in.
    private static readonly HashSet<string> LoneHonorifics = new(ActorLexicon.Honorifics, StringComparer.OrdinalIgnoreCase);

    private static void RemoveLoneTitles(List<NameMention> names, HashSet<string> surnames) =>
        names.RemoveAll(n => n.Kind == ActorKind.Person && n.Words.Length == 1 && ActorLexicon.TitleWords.Contains(n.Words[0])
            && !surnames.Contains(n.Words[0]));

    // The opening words whose name the article never writes mid-sentence: only their keys are looked for there.
    private static void KeepOnlyNeverMidSentence(TextDocument document, List<NameMention> names, List<NameMention> opening)
    {
        var openingKeys = new HashSet<string>(opening.Count, StringComparer.Ordinal);
        foreach (var n in opening)
        {
            openingKeys.Add(n.Key);
        }

        HashSet<string>? midSentence = null;
        foreach (var n in names)
        {
            if (n.Words.Length == 1 && n.First != NameTokens.SentenceOf(document, n.First).FirstToken && openingKeys.Contains(n.Key))
            {
                (midSentence ??= new HashSet<string>(StringComparer.Ordinal)).Add(n.Key);
            }
        }

        if (midSentence is not null)
        {
            opening.RemoveAll(n => midSentence.Contains(n.Key));
        }
    }

    private static HashSet<string> Surnames(List<NameMention> names)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (n.Kind == ActorKind.Person && n.Words.Length > 1)
            {
                surnames.Add(n.Words[^1]);
            }
        }

        return surnames;
    }

    private static void DropOpeningWords(TextDocument document, List<NameMention> names)
    {
        // "Reading the ruling, Judge Salam said": a gerund opening a sentence before its object is no name.
        names.RemoveAll(n => n.Words.Length == 1 && n.First == NameTokens.SentenceOf(document, n.First).FirstToken
            && document.TokenChars(n.First).EndsWith("ing", StringComparison.Ordinal) && n.End < document.Tokens.Count
            && document.TokenChars(n.End) is "the" or "a" or "an" or "his" or "her" or "their" or "its");

        // "Iodine deficiency is serious": a word opening a sentence that the article writes in lower case elsewhere
        // ("iodine") is that word, unless the article also names it mid-sentence.
        List<NameMention>? opening = null;
        foreach (var n in names)
        {
            if (n.Words.Length == 1 && n.First == NameTokens.SentenceOf(document, n.First).FirstToken
                && NameTokens.IsTitleCase(document.TokenChars(n.First)))
            {
                (opening ??= []).Add(n);
            }
        }

        if (opening is not null)
        {
            KeepOnlyNeverMidSentence(document, names, opening);
            if (opening.Count == 0)
            {
                return;
            }

            var words = new List<string>(opening.Count);
            foreach (var n in opening)
            {
                words.Add(document.TokenText(n.First));
            }

            var lowerToo = NameRepeats.WrittenInLowerCase(document, words);
            if (lowerToo.Count > 0)
            {
                var drop = new HashSet<NameMention>();
                for (var i = 0; i < opening.Count; i++)
                {
                    if (lowerToo.Contains(words[i]))
                    {
                        drop.Add(opening[i]);
                    }
                }

                names.RemoveAll(drop.Contains);
            }
        }
    }

    // "the Massachusetts Institute of Technology and Colorado State University": two organisations the recogniser read
    // as one, when each side has an organisation's head word; "the National Air and Space Museum" stays one.
    private static (NamedEntity First, NamedEntity? Second) SplitAtAnd(TextDocument document, NamedEntity entity)
    {
        if (entity.Kind != ActorKind.Organization || entity.EndToken - entity.FirstToken < 4)
        {
            return (entity, null);
        }

        for (var and = entity.FirstToken + 1; and < entity.EndToken - 1; and++)
        {
            if (document.TokenChars(and) is not "and"
                || !ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(entity.EndToken - 1))
                || !HasOrganizationHead(document, entity.FirstToken, and))
            {
                continue;
            }

            return SplitAround(document, entity, and);
        }

        return (entity, null);
    }

    // "Smith said Jones had told him": two names the recogniser ran together over the reporting verb between them.
    private static (NamedEntity First, NamedEntity? Second) SplitAtReport(TextDocument document, NamedEntity entity)
    {
        for (var verb = entity.FirstToken + 1; verb < entity.EndToken - 1; verb++)
        {
            var word = document.TokenChars(verb);
            if (!char.IsLower(word[0]) || !ActorLexicon.ReportingVerbs.ContainsWord(word))
            {
                continue;
            }

            return SplitAround(document, entity, verb);
        }

        return (entity, null);
    }

    // "Det Insp Claire Woods of North Yorkshire Police", "Dr Jane Smith of the Met Office": a titled person and the
    // body they work for, which the recogniser took for one organisation.
    private static (NamedEntity First, NamedEntity? Second) SplitTitledPersonOf(TextDocument document, NamedEntity entity)
    {
        // A title, a first name and a surname, "of" and the body: five tokens at least.
        if (entity.EndToken - entity.FirstToken < 5)
        {
            return (entity, null);
        }

        var first = entity.FirstToken;
        while (first < entity.EndToken && RankTitles.Contains(document.TokenChars(first).TrimEnd('.')))
        {
            first++;
        }

        if (first == entity.FirstToken || first + 2 >= entity.EndToken)
        {
            return (entity, null);
        }

        for (var of = first + 2; of < entity.EndToken - 1 && of <= first + 3; of++)
        {
            if (document.TokenChars(of) is "of" or "from" or "at")
            {
                var (person, body) = SplitAround(document, entity, of);
                return (person with { Kind = ActorKind.Person }, body!.Value with { Kind = ActorKind.Organization });
            }

            if (!char.IsUpper(document.TokenChars(of)[0]))
            {
                break;
            }
        }

        return (entity, null);
    }

    // Honorifics and ranks, as British and American papers abbreviate them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RankTitles = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Det", "Insp", "Supt", "Ch", "Sgt", "Con", "PC", "DC", "DS", "DI",
        "DCI", "DCS", "Capt", "Col", "Gen", "Lt", "Maj", "Rev", "Cllr", "Detective", "Inspector", "Superintendent", "Chief",
        "Sergeant", "Constable", "Professor",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The names on either side of a token inside the entity, each of the entity's kind.
    private static (NamedEntity First, NamedEntity? Second) SplitAround(TextDocument document, NamedEntity entity, int token)
    {
        var tokens = document.Tokens;
        var left = new NamedEntity(new Span(entity.Span.Start, tokens[token - 1].Span.End), entity.FirstToken, token, entity.Kind);
        var right = new NamedEntity(new Span(tokens[token + 1].Span.Start, entity.Span.End), token + 1, entity.EndToken, entity.Kind);
        return (left, right);
    }

    // "By Jude Webber LIMA, Peru (Reuters) -": the dateline's place in capitals after a byline's name, which the
    // recogniser ran into the name before it, is a place of its own.
    private (NamedEntity First, NamedEntity? Second) SplitBylinePlace(TextDocument document, NamedEntity entity)
    {
        var end = entity.EndToken;
        var place = end;
        while (place - 1 > entity.FirstToken && end - place < Gazetteer.MaxTokens && IsCapitals(document.TokenChars(place - 1))
               && document.TokenChars(place - 1).Length > 1)
        {
            place--;
        }

        // A name in capitals too ("By LAURAN NEERGAARD WASHINGTON (AP)"): the byline's "By" tells where the name starts.
        var byline = entity.FirstToken > 0 && document.TokenChars(entity.FirstToken - 1) is "By" or "BY"
            && NameTokens.OpensLine(document, entity.FirstToken - 1, NameTokens.SentenceOf(document, entity.FirstToken - 1).FirstToken);
        if (byline && place <= entity.FirstToken + 1)
        {
            // The longest listed place after a name of two words or more.
            place = Math.Max(entity.FirstToken + 2, end - 3);
            while (place < end && (evidence.Lists(document, place, end) & Gazetteer.Places) == 0)
            {
                place++;
            }
        }

        if (place == end || place == entity.FirstToken || !(byline || NameTokens.IsTitleCase(document.TokenChars(place - 1)))
            || (evidence.Lists(document, place, end) & Gazetteer.Places) == 0)
        {
            return (entity, null);
        }

        var tokens = document.Tokens;
        // A byline names a writer.
        var name = new NamedEntity(new Span(entity.Span.Start, tokens[place - 1].Span.End), entity.FirstToken, place, byline ? ActorKind.Person : entity.Kind);
        var dateline = new NamedEntity(new Span(tokens[place].Span.Start, entity.Span.End), place, end, ActorKind.Location);
        return (name, dateline);
    }

    // "SYDNEY Sons of Gwalia, the world's leading supplier": a dateline's place in capitals opening a line, which the
    // recogniser ran into the name after it, is a place of its own.
    private (NamedEntity First, NamedEntity? Second) SplitDateline(TextDocument document, NamedEntity entity)
    {
        var first = entity.FirstToken;
        if (entity.EndToken - first < 2 || !NameTokens.OpensLine(document, first, NameTokens.SentenceOf(document, first).FirstToken))
        {
            return (entity, null);
        }

        var place = first;
        while (place < entity.EndToken - 1 && place - first < Gazetteer.MaxTokens && IsCapitals(document.TokenChars(place)))
        {
            place++;
        }

        // "SAN FRANCISCO — Nuvola on Wednesday unveiled": a wire's dash ends the dateline, whatever place it names.
        if (place > first && place + 1 < entity.EndToken && NameTokens.IsDash(document.TokenChars(place)))
        {
            var tokens = document.Tokens;
            var dateline = new NamedEntity(new Span(entity.Span.Start, tokens[place - 1].Span.End), first, place, ActorKind.Location);
            var rest = new NamedEntity(new Span(tokens[place + 1].Span.Start, entity.Span.End), place + 1, entity.EndToken, entity.Kind);
            return (dateline, rest);
        }

        // The longest run of capitals that is a listed place, then a word in title case.
        for (; place > first; place--)
        {
            if (NameTokens.IsTitleCase(document.TokenChars(place)) && (evidence.Lists(document, first, place) & Gazetteer.Places) != 0)
            {
                var tokens = document.Tokens;
                var dateline = new NamedEntity(new Span(entity.Span.Start, tokens[place - 1].Span.End), first, place, ActorKind.Location);
                var rest = new NamedEntity(new Span(tokens[place].Span.Start, entity.Span.End), place, entity.EndToken, entity.Kind);
                return (dateline, rest);
            }
        }

        return (entity, null);
    }

    private static bool IsAcronymAfterThe(TextDocument document, int token) =>
        token > 0 && document.TokenChars(token - 1) is "the" or "The" && document.TokenChars(token).Length >= 3
        && IsCapitals(document.TokenChars(token));

    private static bool IsCapitals(ReadOnlySpan<char> token)
    {
        if (token.Length < 2)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOrganizationHead(TextDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(t)))
            {
                return true;
            }
        }

        return false;
    }

    // "Mladost ( BJ )": a bracket opened inside the name closes inside it.
    private static bool ClosesBracket(TextDocument document, int first, int last)
    {
        if (!document.TokenChars(last).Equals(")", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = first; i < last; i++)
        {
            if (document.TokenChars(i).Equals("(", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // One entity as a name: without function words capitalised at a sentence start, titles before a person's name
    // and a trailing "'s"; null when nothing is left.
    private NameMention? FromEntity(TextDocument document, NamedEntity entity)
    {
        var first = entity.FirstToken;
        var end = entity.EndToken;
        while (end > first && IsPossessiveOrPunctuation(document.TokenChars(end - 1)) && !ClosesBracket(document, first, end - 1))
        {
            end--;
        }

        var sentenceStart = NameTokens.SentenceOf(document, first).FirstToken;

        // "Ms Diemont", "Mr. McConnell": an honorific makes a person, whatever the recogniser said.
        var recognised = entity.Kind;
        if (StartsWithHonorific(document, first, end)
            || (first > sentenceStart && ActorLexicon.Honorifics.ContainsWord(document.TokenChars(first - 1))))
        {
            recognised = ActorKind.Person;
        }

        while (first < end && (ActorLexicon.SentenceAdverbs.ContainsWord(document.TokenChars(first))
                               || (first == sentenceStart && end - first > 1 && ActorLexicon.FunctionWords.ContainsWord(document.TokenChars(first))
                                   && !document.TokenChars(first).Equals("The", StringComparison.Ordinal)
                                   // "First Republic Bank said": a bank's or firm's own first word.
                                   && !(recognised == ActorKind.Organization && document.TokenChars(first).Equals("First", StringComparison.Ordinal)))
                               // "The Organization of the Petroleum Exporting Countries has agreed": not before a head word
                               // ("The Motley Fool", "The Times" keep theirs).
                               || (end - first > 1 && NameTokens.OpensLine(document, first, sentenceStart) && document.TokenChars(first).Equals("The", StringComparison.Ordinal)
                                   && ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(first + 1)))
                               || (recognised == ActorKind.Person && end - first > 1 && ActorLexicon.TitleWords.ContainsWord(document.TokenChars(first)))
                               || (recognised == ActorKind.Person && first == sentenceStart && end - first > 2 && IsRoleBeforeName(document, first))
                               // "Det Con Amy Fisher": a detective constable ("Con Coughlin" keeps his name).
                               || (recognised == ActorKind.Person && end - first > 2 && first > 0
                                   && ActorLexicon.IsConstableRank(document.TokenChars(first - 1), document.TokenChars(first)))
                               || IsPossessiveOrPunctuation(document.TokenChars(first))))
        {
            first++;
        }

        // "Conservative MP", "the local MP": the member is a title after a party or a place, no part of a name.
        while (end > first && MemberTitles.Contains(document.TokenChars(end - 1)))
        {
            end--;
        }

        // A lone function word is no name, but "the WHO" is the World Health Organization.
        if (first >= end || (end - first == 1 && ActorLexicon.FunctionWords.ContainsWord(document.TokenChars(first))
                             && !IsAcronymAfterThe(document, first))
            || (end - first == 1 && CommonAcronyms.Contains(document.TokenChars(first)))
            || IsPartyAndState(document.Text.AsSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End - document.Tokens[first].Span.Start)))
        {
            return null;
        }

        // "al Qaeda", "el Baradei", "Ursula von der Leyen", "Von der Leyen said": the particles written before a
        // name are part of it (the recogniser, which learned them capitalised, took "Qaeda" alone for a place).
        while (first > 0 && char.IsUpper(document.TokenChars(first)[0]) is var capital
               && (capital || IsParticle(document.TokenChars(first)))
               && IsParticle(document.TokenChars(first - 1))
               && (recognised == ActorKind.Person || document.TokenChars(first - 1) is "al" or "el")
               && (char.IsLower(document.TokenChars(first - 1)[0]) ? first - 1 >= sentenceStart
                   : first - 1 == sentenceStart && !capital))
        {
            first--;
        }

        var words = new string[end - first];
        for (var i = first; i < end; i++)
        {
            words[i - first] = NameTokens.Normalize(document.TokenChars(i));
        }

        var (kind, fromContext) = evidence.Read(document, first, end, sentenceStart, recognised);
        var span = new Span(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        return new NameMention(first, end, kind, words, span) { KindFromContext = fromContext };
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MemberTitles = new HashSet<string>(StringComparer.Ordinal)
    {
        "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "KC", "QC", "OBE", "CBE", "MBE",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Things, not actors, that the recogniser (trained on 1996 news) takes for organisations: "AI spending", "GDP".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonAcronyms = new HashSet<string>(StringComparer.Ordinal)
    {
        "AI", "GDP", "CEO", "IPO", "EV", "EVs", "VAT", "GPS", "DNA", "ESG", "NFT", "NFTs", "VPN", "5G", "4G", "ICU", "IVF",
        "CPI", "PMI", "LNG", "GPU", "GPUs", "CPU", "CPUs", "AGI", "LLM", "LLMs", "SUV", "SUVs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Chuck Schumer, D-N.Y.,", "Rand Paul, R-Ky.": a US lawmaker's party and state, not an actor of its own.
    private static bool IsPartyAndState(ReadOnlySpan<char> name) =>
        name.Length is >= 4 and <= 12 && name[0] is 'D' or 'R' or 'I' && name[1] == '-' && char.IsUpper(name[2])
        && !name[2..].ContainsAny(' ', '-');

    // "OpenAI chief executive Sam Altman", "ByteDance spokeswoman Jo Smith": the company-shaped word before a company
    // role and a person's name is the company, which the recogniser may not know.
    private void AddEmployers(TextDocument document, List<NameMention> names)
    {
        List<NameMention>? found = null;
        for (var i = 0; i < names.Count; i++)
        {
            var person = names[i];
            var t = person.First - 1;
            var roles = 0;
            while (t > 0 && EmployerRoles.ContainsWord(document.TokenChars(t)) && char.IsLower(document.TokenChars(t)[0]))
            {
                t--;
                roles++;
            }

            if (person.Kind != ActorKind.Person || roles == 0 || t < 0 || (i > 0 && names[i - 1].End > t)
                || !IsCompanyShaped(document.TokenChars(t)) || ActorLexicon.TitleWords.ContainsWord(document.TokenChars(t)))
            {
                continue;
            }

            if (FromEntity(document, new NamedEntity(document.Tokens[t].Span, t, t + 1, ActorKind.Organization)) is { Kind: ActorKind.Organization } employer)
            {
                (found ??= []).Add(employer);
            }
        }

        if (found is not null)
        {
            names.AddRange(found);
            names.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    // "OpenAI", "SpaceX", "IBM": a capital inside the word, or capitals only, marks a company's own spelling; a word
    // in title case before a role is as often a description ("Film director", "Oscar-winning director").
    private static bool IsCompanyShaped(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var inner = false;
        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            inner |= char.IsUpper(c);
        }

        return inner;
    }

    // "Campaigner Alan Bates", "Businessman Peter Jones": a common noun for what someone does, capitalised only because it
    // opens the sentence, before a given name.
    private bool IsRoleBeforeName(TextDocument document, int first)
    {
        var word = document.TokenChars(first);
        var lists = evidence.Lists(document, first, first + 1);
        return (lists & (Gazetteer.GivenName | Gazetteer.Surname | Gazetteer.PlacesOrDemonyms)) == 0
            && ((lists & Gazetteer.LowerCaseWord) != 0 || word.EndsWith("er") || word.EndsWith("ist") || word.EndsWith("or") || word.EndsWith("man"))
            && (evidence.Lists(document, first + 1, first + 2) & Gazetteer.GivenName) != 0;
    }

    private static readonly HashSet<string> EmployerRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "executive", "ceo", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "founder",
        "co-founder", "boss", "analyst", "economist", "president", "director", "engineer", "researcher", "scientist",
    };

    private static bool IsParticle(ReadOnlySpan<char> word) => ActorLexicon.NameParticles.ContainsWord(word);

    // "Ursula" and "von der Leyen", which the recogniser found apart: one name.
    private static void JoinParticleNames(List<NameMention> names)
    {
        for (var i = names.Count - 1; i > 0; i--)
        {
            var (left, right) = (names[i - 1], names[i]);
            if (left.Kind == ActorKind.Person && right.Kind == ActorKind.Person && left.End == right.First
                && ActorLexicon.NameParticles.Contains(right.Words[0]) && right.Words.Length > 1)
            {
                names[i - 1] = new NameMention(left.First, right.End, ActorKind.Person, [.. left.Words, .. right.Words],
                    new Span(left.Span.Start, right.Span.End));
                names.RemoveAt(i);
            }
        }
    }

    /// <summary>"Dr Smith", "Emeritus Professor John Burrows": an honorific among the leading title words.</summary>
    private static bool StartsWithHonorific(TextDocument document, int first, int end)
    {
        for (var k = first; k < end - 1; k++)
        {
            var word = document.TokenChars(k);
            if (ActorLexicon.Honorifics.ContainsWord(word))
            {
                return true;
            }

            if (!ActorLexicon.TitleWords.ContainsWord(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPossessiveOrPunctuation(ReadOnlySpan<char> token) =>
        (token.Length == 2 && Tokenizer.IsApostrophe(token[0]) && token[1] is 's' or 'S')
        || (token.Length == 1 && (Tokenizer.IsApostrophe(token[0]) || char.IsPunctuation(token[0]) && token[0] != '&'));
}
