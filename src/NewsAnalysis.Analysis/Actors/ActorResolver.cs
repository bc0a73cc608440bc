using System.Globalization;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Groups name mentions into actors ("Benjamin Netanyahu", "Netanyahu", "Netanyahu's" → one person; "United
/// Nations" / "UN" → one organisation), then links pronouns and nominals ("he", "the prime minister") to them.
/// Deterministic: ids a1, a2, ... in order of first mention; mentions sorted by offset.
/// </summary>
public sealed class ActorResolver
{
    private readonly Gazetteer _names;

    public ActorResolver()
        : this(Gazetteer.Empty)
    {
    }

    /// <summary>Uses the recogniser's name lists for demonyms, countries and the gender of given names.</summary>
    public ActorResolver(EntityRecognizer recognizer)
        : this(recognizer?.Model?.Gazetteer ?? Gazetteer.Empty)
    {
    }

    internal ActorResolver(Gazetteer names) => _names = names;

    public IReadOnlyList<Actor> Resolve(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var drafts = new List<ActorDraft>();
        var index = new DraftIndex();
        var owner = new Dictionary<NameMention, ActorDraft>();
        foreach (var name in VoteKinds(document, AcronymsOfOrganizations(document, PlacesByPreposition(document, PersonsBySurname(document, NameRepeats.AddMissed(document, CleanAll(document, entities)))))))
        {
            var draft = Match(index.Candidates(name), name);
            if (draft is null)
            {
                draft = index.Create();
                drafts.Add(draft);
            }

            draft.Add(name);
            index.Add(draft, name);
            owner[name] = draft;
            if (name.Kind == ActorKind.Person)
            {
                LearnTitleAndGender(document, name, draft);
            }
        }

        foreach (var draft in drafts)
        {
            draft.ForcedOther = draft.Names.All(n => IsDemonym(document, n));
            draft.IsCountry = draft.Names.Any(n => (_names.Lookup(document, n.First, n.End) & Gazetteer.Country) != 0);
            if (draft.Gender == ActorLexicon.Gender.Unknown && draft.Kind == ActorKind.Person)
            {
                var longest = draft.Longest;
                if (longest.Words.Length > 1 && _names.FemaleShare(FeatureHash.OfLower(longest.Words[0])) is { } share)
                {
                    draft.Gender = share >= 0.8 ? ActorLexicon.Gender.Female : share <= 0.2 ? ActorLexicon.Gender.Male : ActorLexicon.Gender.Unknown;
                }
            }
        }

        new Coreference(document, drafts, owner).Link();
        return Build(document, drafts);
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

            var tokens = document.Tokens;
            var left = new NamedEntity(new Span(entity.Span.Start, tokens[and - 1].Span.End), entity.FirstToken, and, entity.Kind);
            var right = new NamedEntity(new Span(tokens[and + 1].Span.Start, entity.Span.End), and + 1, entity.EndToken, entity.Kind);
            return (left, right);
        }

        return (entity, null);
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

    private List<NameMention> CleanAll(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        var names = new List<NameMention>(entities.Count);
        foreach (var whole in entities)
        {
            var (entity, second) = SplitAtAnd(document, whole);
            if (Clean(document, entity) is { } name)
            {
                names.Add(name);
            }

            if (second is { } other && Clean(document, other) is { } otherName)
            {
                names.Add(otherName);
            }
        }

        // "President" alone is a title, not a name; but "King" after "Billie Jean King" (or "Major" after "John
        // Major") is her surname.
        var surnames = names.Where(n => n.Kind == ActorKind.Person && n.Words.Length > 1).Select(n => n.Words[^1]).ToHashSet(StringComparer.Ordinal);
        names.RemoveAll(n => n.Kind == ActorKind.Person && n.Words.Length == 1 && ActorLexicon.TitleWords.Contains(n.Words[0])
            && !surnames.Contains(n.Words[0]));

        // "the Secretary of State", "Emeritus Professor": a title alone names nobody.
        names.RemoveAll(n => n.Words.Length > 1 && Array.TrueForAll(n.Words, w => ActorLexicon.TitleWords.Contains(w) || w is "of" or "the" or "and"));

        // "Iodine deficiency is serious": a word opening a sentence that the article writes in lower case elsewhere
        // ("iodine") is that word, unless the article also names it mid-sentence.
        List<NameMention>? opening = null;
        HashSet<string>? midSentence = null;
        foreach (var n in names)
        {
            if (n.Words.Length != 1)
            {
                continue;
            }

            if (n.First != SentenceOf(document, n.First).FirstToken)
            {
                (midSentence ??= new HashSet<string>(StringComparer.Ordinal)).Add(n.Key);
            }
            else if (IsTitleCase(document.TokenChars(n.First)))
            {
                (opening ??= []).Add(n);
            }
        }

        if (opening is not null)
        {
            opening.RemoveAll(n => midSentence?.Contains(n.Key) == true);
            var lowerToo = NameRepeats.WrittenInLowerCase(document, opening.Select(n => document.TokenText(n.First)));
            if (lowerToo.Count > 0)
            {
                var drop = opening.Where(n => lowerToo.Contains(document.TokenText(n.First))).ToHashSet();
                names.RemoveAll(drop.Contains);
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (WithFirstNameAfterTitle(document, names[i], i == 0 ? -1 : names[i - 1].End) is { } longer)
            {
                names[i] = longer;
            }
        }

        // "Korean People's Army", "New People's Party": the recogniser ended the name at the "'s" and took the head
        // word alone for another.
        for (var i = names.Count - 1; i > 0; i--)
        {
            var (owner, head) = (names[i - 1], names[i]);
            if (head.Words.Length == 1 && head.First == owner.End + 1 && owner.Kind != ActorKind.Person
                && IsPossessive(document.TokenChars(owner.End))
                && ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(head.First)))
            {
                var span = new Span(owner.Span.Start, head.Span.End);
                names[i - 1] = new NameMention(owner.First, head.End, ActorKind.Organization, [.. owner.Words, "'s", .. head.Words], span) { KindFromContext = true };
                names.RemoveAt(i);
            }
        }

        JoinPurposeClauses(document, names);
        PersonsInLists(document, names);

        // "Valeska Paris ... Paris claims she was kept on the ship": after a person's full name, the surname alone
        // is that person, not the city of the same name (but a country or a region stays one: a headline's "Lebed
        // Chechnya peace plan" is no person called Chechnya).
        var fullNameSurnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length > 1)
            {
                fullNameSurnames.Add(name.Words[^1]);
            }
            else if (name.Kind != ActorKind.Person && name.Words.Length == 1 && fullNameSurnames.Contains(name.Words[0])
                     && (_names.Lookup(document, name.First, name.End) & (Gazetteer.Country | Gazetteer.Region)) == 0)
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }

        // "South Korea ... a chance to equalise for Korea": the last word of a listed country the article names is
        // that country, not a person (unless it is a person's surname there too).
        HashSet<string>? countryEnds = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Location && name.Words.Length > 1 && (_names.Lookup(document, name.First, name.End) & Gazetteer.Country) != 0)
            {
                (countryEnds ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Words[^1]);
            }
        }

        for (var i = 0; countryEnds is not null && i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && countryEnds.Contains(name.Words[0]) && !fullNameSurnames.Contains(name.Words[0]))
            {
                names[i] = name with { Kind = ActorKind.Location };
            }
        }

        return names;
    }

    /// <summary>
    /// "Subs: Berger, Ashdown, Primus": a one-word name between two one-word persons in a list ("," or "and" between
    /// each) is a person too, whatever the recogniser made of an unfamiliar surname (not an acronym: "AOL", "TBC").
    /// </summary>
    private static void PersonsInLists(TextDocument document, List<NameMention> names)
    {
        for (var i = 1; i + 1 < names.Count; i++)
        {
            var (before, name, after) = (names[i - 1], names[i], names[i + 1]);
            if (name.Kind != ActorKind.Person && name.Kind != ActorKind.Other && !name.KindFromContext && name.Words.Length == 1
                && IsTitleCase(document.TokenChars(name.First)) && IsListedPerson(before) && IsListedPerson(after)
                && before.End + 1 == name.First && name.End + 1 == after.First
                && document.TokenChars(before.End) is "," && document.TokenChars(name.End) is "," or "and")
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }

        static bool IsListedPerson(NameMention n) => n.Kind == ActorKind.Person && n.Words.Length == 1;
    }

    /// <summary>
    /// "Royal Society for the Protection of Birds", "Council on American-Islamic Relations": the recogniser ended the
    /// organisation at its head word and took what it stands for as another name. A name right after an
    /// organisation's head word and "for"/"on" (and "the") is the rest of that organisation's name.
    /// </summary>
    private void JoinPurposeClauses(TextDocument document, List<NameMention> names)
    {
        for (var i = names.Count - 1; i > 0; i--)
        {
            var (owner, rest) = (names[i - 1], names[i]);
            if (owner.Kind != ActorKind.Organization || rest.Kind == ActorKind.Person || owner.End + 1 >= document.Tokens.Count
                || !ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(owner.End - 1))
                || document.TokenChars(owner.End) is not ("for" or "on")
                || (rest.Kind == ActorKind.Location && document.TokenChars(owner.End) is "on"))
            {
                // "Hofstra University on Long Island" is where the university is ("Commission for Africa" is one name).
                continue;
            }

            var gap = owner.End + 1;
            if (document.TokenChars(gap) is "the")
            {
                gap++;
            }

            var sentenceEnd = SentenceOf(document, owner.First).EndToken;
            if (rest.First != gap || sentenceEnd < rest.End)
            {
                continue;
            }

            var end = rest.End;
            var words = new string[end - owner.First];
            for (var t = owner.First; t < end; t++)
            {
                words[t - owner.First] = Normalize(document.TokenChars(t));
            }

            var span = new Span(owner.Span.Start, document.Tokens[end - 1].Span.End);
            names[i - 1] = new NameMention(owner.First, end, ActorKind.Organization, words, span) { KindFromContext = true };
            names.RemoveAt(i);
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (WithLastConjunct(document, names[i], i + 1 < names.Count ? names[i + 1].First : document.Tokens.Count) is { } longer)
            {
                names[i] = longer;
            }
        }
    }

    /// <summary>
    /// "the Internet Corporation for Assigned Names and Numbers, Icann": an organisation named with "for"/"of"/"on"
    /// whose last capitalised word after "and" the recogniser left out (no other name starts there, no capitalised
    /// word follows) ends with that word, and its acronym joins it. Only a word mostly written in lower case: "House of
    /// Fraser and Woolworths" are two companies.
    /// </summary>
    private NameMention? WithLastConjunct(TextDocument document, NameMention name, int nextName)
    {
        var end = name.End;
        var sentenceEnd = SentenceOf(document, name.First).EndToken;
        if (name.Kind != ActorKind.Organization || end + 1 >= sentenceEnd || nextName <= end + 1
            || document.TokenChars(end) is not "and" || !IsTitleCase(document.TokenChars(end + 1))
            || (end + 2 < sentenceEnd && char.IsUpper(document.TokenChars(end + 2)[0]))
            || !Array.Exists(name.Words, w => w is "for" or "of" or "on")
            || (_names.LookupWord(document.TokenChars(end + 1)) & Gazetteer.LowerCaseWord) == 0)
        {
            return null;
        }

        var span = new Span(name.Span.Start, document.Tokens[end + 1].Span.End);
        return new NameMention(name.First, end + 2, name.Kind, [.. name.Words, "and", Normalize(document.TokenChars(end + 1))], span)
        {
            KindFromContext = name.KindFromContext,
        };
    }

    /// <summary>
    /// "the Internet Corporation for Assigned Names and Numbers, Icann ... Icann said": a one-word name spelling the
    /// initials of an organisation the article names is that organisation, whatever the recogniser made of a
    /// title-case acronym (a person, by its shape). Capitals ("US", "FA") keep the recogniser's kind: "United States"
    /// is also the initials of "United States Senate".
    /// </summary>
    private static List<NameMention> AcronymsOfOrganizations(TextDocument document, List<NameMention> names)
    {
        // The initials of every organisation named in words, so each one-word name is one lookup (a long text names
        // thousands of both).
        HashSet<string>? initials = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Organization && name.Words.Length > 1 && DraftIndex.Acronym(name.Words) is { } acronym)
            {
                (initials ??= new(StringComparer.Ordinal)).Add(acronym);
            }
        }

        if (initials is null)
        {
            return names;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind != ActorKind.Organization && name.Words.Length == 1 && name.Words[0].Length >= 4
                && IsTitleCase(document.TokenChars(name.First))
                && initials.Contains(name.Words[0]))
            {
                names[i] = name with { Kind = ActorKind.Organization, KindFromContext = true };
            }
        }

        return names;
    }

    /// <summary>
    /// "pollster Pat Caddell told ... said Caddell": a full name the recogniser typed a place or an organisation is a
    /// person when it opens with a given name and the article names its last word alone as a person (the surname
    /// the rest of the article uses), unless the context or a head word ("Ford Motor Company") says otherwise.
    /// </summary>
    private List<NameMention> PersonsBySurname(TextDocument document, List<NameMention> names)
    {
        Dictionary<string, int>? loneSurnames = null;
        Dictionary<string, int>? others = null;
        foreach (var name in names)
        {
            var counts = name.Kind == ActorKind.Person && name.Words.Length == 1 ? (loneSurnames ??= new(StringComparer.Ordinal))
                : IsPlaceOrOrganization(name.Kind) && name.Words.Length > 1 ? (others ??= new(StringComparer.Ordinal))
                : null;
            if (counts is not null)
            {
                var key = counts == loneSurnames ? name.Words[0] : name.Key;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        if (loneSurnames is null || others is null)
        {
            return names;
        }

        // Not "Aston Villa" (the club, named so most of the time, "Villa" a person once) nor "Bill for Crossrail".
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (IsPlaceOrOrganization(name.Kind) && !name.KindFromContext && name.Words.Length is 2 or 3
                && loneSurnames.TryGetValue(name.Words[^1], out var alone) && alone >= 2 && alone >= others[name.Key]
                && AllCapitalised(document, name.First, name.End)
                && StartsWithGivenName(document, name.First, name.End)
                && !ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(name.End - 1))
                && !ActorLexicon.CompanyHeads.ContainsWord(document.TokenChars(name.End - 1)))
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }

        return names;
    }

    private static bool AllCapitalised(TextDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (document.TokenChars(t) is var word && (word.Length < 2 || !char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> token) =>
        token.Length > 1 && char.IsUpper(token[0]) && char.IsLower(token[1]);

    /// <summary>
    /// "US President Barack Obama" where the recogniser only took "Obama": a capitalised word between a title and a
    /// person's name is the first name it did not know.
    /// </summary>
    private static NameMention? WithFirstNameAfterTitle(TextDocument document, NameMention name, int previousEnd)
    {
        var k = name.First - 1;
        if (name.Kind != ActorKind.Person || k - 1 < SentenceOf(document, name.First).FirstToken || k < previousEnd)
        {
            return null;
        }

        var word = document.TokenChars(k);
        if (!IsTitleCase(word) || ActorLexicon.TitleWords.ContainsWord(word) || ActorLexicon.FunctionWords.ContainsWord(word)
            || !ActorLexicon.TitleWords.ContainsWord(document.TokenChars(k - 1)) || !char.IsUpper(document.TokenChars(k - 1)[0]))
        {
            return null;
        }

        var span = new Span(document.Tokens[k].Span.Start, name.Span.End);
        return new NameMention(k, name.End, name.Kind, [Normalize(word), .. name.Words], span) { KindFromContext = name.KindFromContext };
    }

    // One written name is one actor: when the recogniser typed the same name two ways in an article ("US" as a
    // location once and an organisation once), every mention takes the kind most of them have (a tie goes to
    // the kind written first). A kind the context says outright ("Pirelli shares", "chief executive of Petofi")
    // outweighs any number of the recogniser's guesses: it types names it never saw by their shape, the same way
    // every time. In a line without a lower-case word (a results table, a schedule, a dateline) only such context
    // outvotes the recogniser between place and organisation: there the same city is the team in one row
    // ("CHICAGO 70 62") and the venue in the next ("ATLANTA AT CHICAGO", "NEW YORK 1996-08-30"), and the recogniser
    // learned these lines' conventions from the wire.
    internal static List<NameMention> VoteKinds(TextDocument document, List<NameMention> names)
    {
        const int Kinds = 4;
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var firstKind = new Dictionary<string, ActorKind>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!votes.TryGetValue(name.Key, out var counts))
            {
                counts = new int[2 * Kinds];    // the context's votes per kind, then the recogniser's
                votes[name.Key] = counts;
                firstKind[name.Key] = name.Kind;
            }

            if (!name.Repeat)
            {
                counts[(name.KindFromContext ? 0 : Kinds) + (int)name.Kind]++;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var counts = votes[names[i].Key];
            var best = (int)firstKind[names[i].Key];
            for (var k = 0; k < Kinds; k++)
            {
                if (counts[k] > counts[best] || (counts[k] == counts[best] && counts[Kinds + k] > counts[Kinds + best]))
                {
                    best = k;
                }
            }

            var own = names[i].Kind;
            var kind = (ActorKind)best;
            if (kind != own && !(IsPlaceOrOrganization(kind) && IsPlaceOrOrganization(own) && counts[best] == 0
                                 && InLineWithoutLowercase(document, names[i].First)))
            {
                names[i] = names[i] with { Kind = kind };
            }
        }

        return names;
    }

    private static bool InLineWithoutLowercase(TextDocument document, int token)
    {
        var sentence = SentenceOf(document, token);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            foreach (var c in document.TokenChars(t))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPlaceOrOrganization(ActorKind kind) => kind is ActorKind.Location or ActorKind.Organization;

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

    // Drops function words capitalised at a sentence start, titles before a person's name and a trailing "'s".
    private NameMention? Clean(TextDocument document, NamedEntity entity)
    {
        var first = entity.FirstToken;
        var end = entity.EndToken;
        var text = document.Text;
        while (end > first && IsPossessiveOrPunctuation(document.TokenChars(end - 1)) && !ClosesBracket(document, first, end - 1))
        {
            end--;
        }

        var sentenceStart = SentenceOf(document, first).FirstToken;

        // "Ms Diemont", "Mr. McConnell": an honorific makes a person, whatever the recogniser said.
        var kind = entity.Kind;
        if (StartsWithHonorific(document, first, end)
            || (first > sentenceStart && ActorLexicon.Honorifics.ContainsWord(document.TokenChars(first - 1))))
        {
            kind = ActorKind.Person;
        }

        while (first < end && (ActorLexicon.SentenceAdverbs.ContainsWord(document.TokenChars(first))
                               || (first == sentenceStart && end - first > 1 && !document.TokenChars(first).Equals("The", StringComparison.Ordinal)
                                   && ActorLexicon.FunctionWords.ContainsWord(document.TokenChars(first)))
                               || (kind == ActorKind.Person && end - first > 1 && ActorLexicon.TitleWords.ContainsWord(document.TokenChars(first)))
                               || IsPossessiveOrPunctuation(document.TokenChars(first))))
        {
            first++;
        }

        if (first >= end || (end - first == 1 && ActorLexicon.FunctionWords.ContainsWord(document.TokenChars(first))))
        {
            return null;
        }

        var words = new string[end - first];
        for (var i = first; i < end; i++)
        {
            words[i - first] = Normalize(document.TokenChars(i));
        }

        // "Toronto Star", "Saudi Gazette": a place followed by a newspaper's name word is the paper (also when the
        // recogniser took "Edmonton Sun" for a person).
        if (end - first > 1 && ActorLexicon.NewspaperHeads.ContainsWord(document.TokenChars(end - 1))
            && (kind == ActorKind.Location || (kind == ActorKind.Person && IsPlace(document, first))))
        {
            kind = ActorKind.Organization;
        }

        // "Google headquarters", "Google's website", "co-founder of Google", "Make-A-Wish Foundation": only an
        // organisation has these, whatever the recogniser (which learned from 1996 news) made of a name it never saw.
        var fromContext = (kind != ActorKind.Other && (CompanyNounAfter(document, first, end, kind) || CompanyRoleBefore(document, first, end, sentenceStart, kind)))
            || (end - first > 1 && (ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(end - 1))
                                    || ActorLexicon.CompanyHeads.ContainsWord(document.TokenChars(end - 1))))
            || IsWebsiteName(document.Text.AsSpan(document.Tokens[end - 1].Span.End));
        // "Google said it would appeal", "Twitter, which...": what a person is never called.
        // A first name says person louder ("Merck's head of research Peter Kim said that it withdrew...").
        fromContext |= kind == ActorKind.Person && !StartsWithGivenName(document, first, end) && SaidOfAThing(document, first, end, sentenceStart);
        if (fromContext)
        {
            kind = ActorKind.Organization;
        }
        else if (end - first > 2 && ActorLexicon.PlaceHeads.ContainsWord(document.TokenChars(first))
                 && document.TokenChars(first + 1).Equals("of", StringComparison.Ordinal)
                 && (!document.TokenChars(first).Equals("State", StringComparison.Ordinal)
                     || (_names.Lookup(document, first + 2, end) & Gazetteer.Places) != 0))
        {
            // "the Municipality of Livorno", "the State of Texas", "the Isle of Man": a place, not its government
            // (but "The State of Agricultural Commodity Markets" is a report: a state only of a listed place).
            kind = ActorKind.Location;
            fromContext = true;
        }
        else if (end - first > 1 && ActorLexicon.EventHeads.ContainsWord(document.TokenChars(end - 1)))
        {
            // "the FA Cup", "the Academy Awards", "the Berlin Film Festival": an event or a prize, whatever the
            // recogniser made of the place or the sponsor in it.
            kind = ActorKind.Other;
            fromContext = true;
        }
        else if (kind == ActorKind.Person && end - first > 1 && (_names.Lookup(document, first, end) & Gazetteer.Places) != 0)
        {
            // "Milton Keynes", "Costa Rica": a listed place's full name is the place, though its first word is a given name.
            kind = ActorKind.Location;
        }

        var span = new Span(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        return new NameMention(first, end, kind, words, span) { KindFromContext = fromContext };
    }

    /// <summary>
    /// "pilgrims arrive in Mecca ... a crane fell into Mecca's mosque ... killed near Mecca": a one-word name the
    /// recogniser typed a person (it learned the word as a given name) is a place when the article puts it after a
    /// preposition of place ("in", "near", "into") at least twice and in at least half its mentions. Not before a
    /// possessive ("trust in Obama's plan"), after a stake ("interested in Yugansk") or in a title ("The Woman in White"), not
    /// a month ("in May"), not the surname of a person the article names in full.
    /// </summary>
    private static List<NameMention> PlacesByPreposition(TextDocument document, List<NameMention> names)
    {
        Dictionary<string, (int Place, int All)>? counts = null;
        HashSet<string>? surnames = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Person && name.Words.Length > 1)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Words[^1]);
                continue;
            }

            if (name.Words.Length > 1)
            {
                continue;
            }

            counts ??= new Dictionary<string, (int Place, int All)>(StringComparer.Ordinal);
            var (place, all) = counts.GetValueOrDefault(name.Key);
            counts[name.Key] = (place + (AfterPlacePreposition(document, name.First, name.End) ? 1 : 0), all + 1);
        }

        if (counts is null)
        {
            return names;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && counts[name.Key] is var (place, all)
                && place >= 2 && surnames?.Contains(name.Key) != true
                && !ActorLexicon.Months.ContainsWord(document.TokenChars(name.First)))
            {
                names[i] = name with { Kind = ActorKind.Location, KindFromContext = true };
            }
        }

        return names;
    }

    private static bool AfterPlacePreposition(TextDocument document, int first, int end)
    {
        var sentence = SentenceOf(document, first);
        if (first - 1 < sentence.FirstToken || !ActorLexicon.PlacePrepositions.Contains(document.TokenText(first - 1))
            || (first - 2 >= sentence.FirstToken && ActorLexicon.StakeNouns.ContainsWord(document.TokenChars(first - 2)))
            || (first - 2 > sentence.FirstToken && char.IsUpper(document.TokenChars(first - 2)[0])))
        {
            return false;
        }

        return end >= sentence.EndToken || !IsPossessive(document.TokenChars(end));
    }

    /// <summary>"Google headquarters", "Google's website": a noun only a company takes, after the name or its "'s".</summary>
    private bool CompanyNounAfter(TextDocument document, int first, int end, ActorKind kind)
    {
        var name = end;
        var sentenceEnd = SentenceOf(document, end - 1).EndToken;
        if (end < sentenceEnd - 1 && IsPossessive(document.TokenChars(end)))
        {
            // "Facebook's chief executive", "Google's shares"; not "Tokyo's shares".
            end++;
            var word = document.TokenChars(end);
            if ((_names.Lookup(document, first, end - 1) & Gazetteer.PlacesOrDemonyms) == 0 && ActorLexicon.CompanyPossessions.ContainsWord(word)
                || (word.Equals("chief", StringComparison.OrdinalIgnoreCase) && end + 1 < sentenceEnd
                    && document.TokenChars(end + 1).Equals("executive", StringComparison.OrdinalIgnoreCase)))
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
            && (_names.Lookup(document, first, name) & Gazetteer.PlacesOrDemonyms) == 0
            && !(kind == ActorKind.Location && name - first == 1 && document.TokenChars(first).Length <= 3);
    }

    private bool StartsWithGivenName(TextDocument document, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        var word = document.TokenChars(first);
        var hyphen = word.IndexOf('-');
        return (_names.LookupWord(hyphen > 0 ? word[..hyphen] : word) & Gazetteer.GivenName) != 0;
    }

    private static bool SaidOfAThing(TextDocument document, int first, int end, int sentenceStart)
    {
        var sentenceEnd = SentenceOf(document, end - 1).EndToken;
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

        if (k <= sentenceStart
            || !(document.TokenChars(k) is var preposition && (preposition.Equals("of", StringComparison.Ordinal) || preposition.Equals("at", StringComparison.Ordinal)))
            || !ActorLexicon.CompanyRoles.ContainsWord(document.TokenChars(k - 1)))
        {
            return false;
        }

        // Not "members of Suu Kyi's party", "members of Egypt's largest group", "a subsidiary of the UK food group":
        // not before a possessive, a listed place or a short capitalised abbreviation typed a place.
        return !(end < document.Tokens.Count && IsPossessive(document.TokenChars(end)))
            && (_names.Lookup(document, first, end) & Gazetteer.PlacesOrDemonyms) == 0
            && !(kind == ActorKind.Location && end - first == 1 && document.TokenChars(first).Length <= 3);
    }

    // "Gawker.com", "Scientology.org" (the tokeniser ends the name at the full stop): a site's name is its owner's, an
    // organisation.
    private static bool IsWebsiteName(ReadOnlySpan<char> after) =>
        (after.StartsWith(".com", StringComparison.Ordinal) || after.StartsWith(".org", StringComparison.Ordinal) || after.StartsWith(".net", StringComparison.Ordinal))
        && (after.Length == 4 || !char.IsLetterOrDigit(after[4]));

    private bool IsPlace(TextDocument document, int token) =>
        (_names.LookupWord(document.TokenChars(token)) & Gazetteer.PlacesOrDemonyms) != 0;

    private static bool IsPossessive(ReadOnlySpan<char> token) =>
        token.Length == 2 && Tokenizer.IsApostrophe(token[0]) && token[1] is 's' or 'S';

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

    internal static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (c != '.')
            {
                buffer[n++] = FeatureHash.NormalizeChar(c);
            }
        }

        return n == 0 ? token.ToString() : new string(buffer[..n]);
    }

    /// <param name="candidates">The drafts that share a word or an acronym with the name, in any order.</param>
    private static ActorDraft? Match(List<ActorDraft> candidates, NameMention name)
    {
        // The latest actor already written this way wins.
        ActorDraft? same = null;
        foreach (var draft in candidates)
        {
            if ((same is null || draft.Order > same.Order) && draft.Keys.Contains(name.Key) && draft.Kind == name.Kind)
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
                && Compatible(draft, name))
            {
                best = draft;
            }
        }

        return best;
    }

    private static bool Compatible(ActorDraft draft, NameMention name)
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
        }

        return false;
    }

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
            if (other.Words.Length > 1 && other.Words[^1] == words[^1] && !SameFirstName(other.Words[0], words[0]))
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
        if (name.End - name.First != 1 || _names.Entries.Count == 0)
        {
            return false;
        }

        // "Israeli", "Egyptian-Qatari": every part a demonym.
        var token = document.TokenChars(name.First);
        foreach (var part in token.Split('-'))
        {
            if ((_names.LookupWord(token[part]) & Gazetteer.Demonym) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // "Israeli Prime Minister Benjamin Netanyahu": the title words before the name say what a later "the prime
    // minister" refers to, and "Mr." or "Queen" say which pronoun does.
    private static void LearnTitleAndGender(TextDocument document, NameMention name, ActorDraft draft)
    {
        var start = name.First;
        var sentence = SentenceOf(document, name.First);
        while (start > sentence.FirstToken && ActorLexicon.TitleWords.ContainsWord(document.TokenChars(start - 1)))
        {
            start--;
        }

        if (start == name.First)
        {
            return;
        }

        var title = string.Join(' ', Enumerable.Range(start, name.First - start).Select(i => document.TokenText(i).ToLowerInvariant()));
        foreach (var nominal in ActorLexicon.NominalTitles)
        {
            if ((" " + title + " ").Contains(" " + nominal + " ", StringComparison.Ordinal))
            {
                draft.Titles.Add(nominal);
            }
        }

        for (var i = start; i < name.First; i++)
        {
            var word = document.TokenText(i);
            if (ActorLexicon.Male.Contains(word))
            {
                draft.Gender = ActorLexicon.Gender.Male;
            }
            else if (ActorLexicon.Female.Contains(word))
            {
                draft.Gender = ActorLexicon.Gender.Female;
            }
        }
    }

    internal static Sentence SentenceOf(TextDocument document, int token) => document.Sentences[document.SentenceIndexOf(token)];

    private static List<Actor> Build(TextDocument document, List<ActorDraft> drafts)
    {
        var ordered = drafts
            .Select(d => (Draft: d, First: Math.Min(d.Names.Min(n => n.Span.Start), d.Others.Count == 0 ? int.MaxValue : d.Others.Min(m => m.Span.Start))))
            .OrderBy(x => x.First)
            .ToList();
        var actors = new List<Actor>(ordered.Count);
        foreach (var (draft, _) in ordered)
        {
            var id = "a" + (actors.Count + 1).ToString(CultureInfo.InvariantCulture);
            var mentions = draft.Names
                .Select(n => new Mention(n.Span, n.Span.Of(document.Text), MentionType.Name))
                .Concat(draft.Others)
                .OrderBy(m => m.Span.Start)
                .ThenBy(m => m.Span.End)
                .ToList();
            actors.Add(new Actor(id, draft.Longest.Span.Of(document.Text), draft.Kind, mentions));
        }

        return actors;
    }
}
