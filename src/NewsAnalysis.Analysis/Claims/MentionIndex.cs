namespace NewsAnalysis.Analysis.Claims;

/// <summary>Every actor mention in text order, to find which actor a source span names.</summary>
internal sealed class MentionIndex
{
    private readonly List<IndexedMention> _mentions;

    private readonly string _text;

    private readonly HashSet<string> _fullNames;

    private MentionIndex(List<IndexedMention> mentions, string text, HashSet<string> fullNames)
    {
        _mentions = mentions;
        _text = text;
        _fullNames = fullNames;
    }

    public static MentionIndex Build(IReadOnlyList<Actor> actors, string text)
    {
        // Loops, not SelectMany: the same list in the same order, sized once and without iterators.
        var count = 0;
        for (var k = 0; k < actors.Count; k++)
        {
            count += actors[k].Mentions.Count;
        }

        var mentions = new List<IndexedMention>(count);
        for (var k = 0; k < actors.Count; k++)
        {
            var actor = actors[k];
            for (var m = 0; m < actor.Mentions.Count; m++)
            {
                var mention = actor.Mentions[m];
                var possessor = (IsPossessor(mention.Span, text) && !IsGovernmentOf(mention.Span, text))
                    || (mention.Type == MentionType.Pronoun && ReportWords.PossessivePronouns.Contains(mention.Text));
                mentions.Add(new IndexedMention(mention.Span, actor.Id, actor.Kind == ActorKind.Person && mention.Type == MentionType.Name && !possessor, possessor,
                    actor.Kind == ActorKind.Other, actor.Kind == ActorKind.Location && AfterIn(mention.Span, text),
                    (actor.Kind == ActorKind.Location && BeforeLowerCase(mention.Span, text)) || (actor.Kind != ActorKind.Person && BeforeMemberTitle(mention.Span, text)),
                    actor.Kind == ActorKind.Organization && mention.Type == MentionType.Name));
            }
        }

        mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (actor.Kind == ActorKind.Person && actor.Name.Contains(' ', StringComparison.Ordinal))
            {
                fullNames.Add(actor.Id);
            }
        }

        return new MentionIndex(mentions, text, fullNames);
    }

    /// <summary>
    /// The actor a relative pronoun at <paramref name="offset"/> stands for: the name right before it ("Netanyahu,
    /// who said"), or before one apposition ("Netanyahu, the prime minister, who said"). Any other words between
    /// mean the pronoun belongs to something unnamed ("the bill has support from charities who say").
    /// </summary>
    public string? ActorRightBefore(int offset, string text)
    {
        var lo = FirstStartingAt(offset);

        for (var k = lo - 1; k >= 0 && k >= lo - 16; k--)
        {
            var (span, id, _, _, _, _, _, _) = _mentions[k];
            if (span.End <= offset)
            {
                return !IsAppositionGap(text.AsSpan(span.End, offset - span.End)) ? null : PersonBeforeWorkplace(k, text) ?? id;
            }
        }

        return null;
    }

    // "Pietro Nava, an analyst at Bernstein, who said": the name in the apposition is where the person works; the
    // person named before it is who.
    private string? PersonBeforeWorkplace(int k, string text)
    {
        var start = _mentions[k].Span.Start;
        var comma = start > 0 ? text.LastIndexOf(',', start - 1, Math.Min(MaxApposition, start)) : -1;
        if (comma < 0 || k == 0 || _mentions[k - 1] is not { Person: true } person || person.Span.End != comma)
        {
            return null;
        }

        var apposition = text.AsSpan(comma + 1, start - comma - 1);
        return (apposition.StartsWith(" a ", StringComparison.Ordinal) || apposition.StartsWith(" an ", StringComparison.Ordinal)
                || apposition.StartsWith(" the ", StringComparison.Ordinal))
            && (apposition.EndsWith(" at ", StringComparison.Ordinal) || apposition.EndsWith(" of ", StringComparison.Ordinal)
                || apposition.EndsWith(" for ", StringComparison.Ordinal) || apposition.EndsWith(" from ", StringComparison.Ordinal))
            ? person.ActorId
            : null;
    }

    /// <summary>Whether a person (the given actor, if any) is named outright between the two offsets.</summary>
    public bool NamesPersonBetween(int from, int to, string? actorId = null)
    {
        for (var k = FirstStartingAt(from); k < _mentions.Count && _mentions[k].Span.Start < to; k++)
        {
            if (_mentions[k].Person && (actorId is null || _mentions[k].ActorId == actorId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first person named outright that starts inside [from, to), not as a possessor, whom the article gives a full
    /// name somewhere ("Strong Oscar contenders" is no person's name, whatever the recogniser made of it).
    /// </summary>
    public (string Id, Span Span)? PersonStartingIn(int from, int to)
    {
        for (var k = FirstStartingAt(from); k < _mentions.Count && _mentions[k].Span.Start < to; k++)
        {
            if (_mentions[k].Person && _mentions[k].Span.Start >= from && _fullNames.Contains(_mentions[k].ActorId))
            {
                return (_mentions[k].ActorId, _mentions[k].Span);
            }
        }

        return null;
    }

    /// <summary>
    /// The person a speaker's phrase names: inside it, or set off by a comma right after or right before it
    /// ("Cosby's lawyer, Walter M Phillips Jr,", "John Connors, Microsoft's chief financial officer").
    /// </summary>
    public (string Id, Span Span)? PersonAround(Span phrase)
    {
        for (var k = FirstStartingAt(phrase.Start - 64); k < _mentions.Count && _mentions[k].Span.Start < phrase.End + 64; k++)
        {
            var (span, id, person, _, _, _, _, _) = _mentions[k];
            if (person && (span.Overlaps(phrase)
                || (span.End <= phrase.Start && _text.AsSpan(span.End, phrase.Start - span.End) is ", ")
                || (span.Start >= phrase.End && _text.AsSpan(phrase.End, span.Start - phrase.End) is ", ")))
            {
                return (id, span);
            }
        }

        return null;
    }

    private const int MaxApposition = 60;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:\"“”()");

    private static bool IsAppositionGap(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.IsEmpty || gap is ",")
        {
            return true;
        }

        return gap.Length <= MaxApposition && gap[0] == ',' && gap[^1] == ',' && gap[1..^1].IndexOfAny(ClauseMarks) < 0;
    }

    /// <summary>
    /// The actor a source names: a person named outright over an organisation or place ("Acme Corp analyst Jane Roe",
    /// "Jane Roe of Acme"), then the mention that overlaps <paramref name="source"/> the most; null when none does.
    /// A possessor is not who speaks ("Lord Woolf's council", "his team-mates").
    /// </summary>
    public string? ActorAt(Span source)
    {
        var lo = FirstStartingAt(source.Start - 256);

        string? best = null;
        var bestOverlap = 0;
        var bestPerson = false;
        var bestEnd = 0;
        for (var k = lo; k < _mentions.Count && _mentions[k].Span.Start < source.End; k++)
        {
            var (span, id, person, possessor, other, where, modifier, _) = _mentions[k];
            var overlap = Math.Min(span.End, source.End) - Math.Max(span.Start, source.Start);
            // "Tony Blair's official spokesman" and "her mother" speak for Blair and her but are not them;
            // "Netanyahu's vow" is his. "The Democratic nominee" is not the word "Democratic". "The health ministry
            // in Gaza" is not Gaza.
            if ((possessor && source.End > span.End + 2) || (other && source.Length > span.Length + 2 && !IsTheGroup(source, span)) || (where && span.Start > source.Start)
                || (modifier && source.End > span.End + 1))
            {
                continue;
            }

            // "Human Rights group Liberty": the name after the noun the first name qualifies is the one that speaks.
            if (overlap > 0 && (person && !bestPerson || (person == bestPerson && (overlap > bestOverlap || (best is not null && QualifiedNoun(bestEnd, span.Start, _text))))))
            {
                best = id;
                bestOverlap = overlap;
                bestPerson = person;
                bestEnd = span.End;
            }
        }

        return best ?? AppositiveName(source);
    }

    // "The Conservatives accused ...": a group named in the plural with its article is the group.
    private bool IsTheGroup(Span source, Span span) =>
        span.End == source.End && span.Start == source.Start + 4 && _text[span.End - 1] == 's'
        && _text.AsSpan(source.Start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);

    // "Lebanon's caretaker prime minister, Najib Mikati, told reporters": the role's own name, set off by commas, after
    // a title of its own ("The medical director, Dr Chris Streather,"); "The developer, the University of Surrey,"
    // names an organisation the same way.
    private string? AppositiveName(Span source)
    {
        var k = FirstStartingAt(source.End);
        if (k >= _mentions.Count || _mentions[k] is not { Possessor: false } named || named.Span.End >= _text.Length || _text[named.Span.End] != ',')
        {
            return null;
        }

        var gap = _text.AsSpan(source.End, named.Span.Start - source.End);
        // "According to the indictment, Daniel Reyes, 44, told": a name with its age opens a clause of its own.
        if (!gap.StartsWith(", ", StringComparison.Ordinal) || _text.AsSpan(named.Span.End + 1).TrimStart() is [>= '0' and <= '9', ..])
        {
            return null;
        }

        gap = gap[2..];
        if (named.Person)
        {
            while (gap.IndexOf(' ') is var space and > 0 && AppositionTitles.Contains(gap[..space].TrimEnd('.')))
            {
                gap = gap[(space + 1)..];
            }
        }
        else if (named.Organization && gap.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            gap = gap[4..];
        }

        return gap.IsEmpty && (named.Person || named.Organization) ? named.ActorId : null;
    }

    private static readonly WordSet AppositionTitles = new(
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "judge", "justice");

    // One or two lower-case words between two names ("group", "rights group").
    private static bool QualifiedNoun(int end, int start, string text)
    {
        if (start <= end + 2 || start - end > 30)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end);
        if (between[0] != ' ' || between[^1] != ' ')
        {
            return false;
        }

        var words = 0;
        var inner = between.Trim();
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            if (word.IsEmpty || !char.IsLower(word[0]) || word.ContainsAnyExcept(Letters) || FunctionWords.Contains(word)
                || word.EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 2;
    }

    private static readonly WordSet FunctionWords = new(
        "of", "and", "or", "at", "the", "a", "an", "in", "on", "for", "by", "with", "behind", "from", "to", "as", "says", "said");

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    // The first mention that starts at or after the offset.
    private int FirstStartingAt(int offset)
    {
        var lo = 0;
        var hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // "Indonesia's government" speaks as Indonesia: its name is no mere possessor.
    private static bool IsGovernmentOf(Span possessor, string text) => GovernmentAt(possessor.End + 2, text);

    private static bool GovernmentAt(int offset, string text)
    {
        var rest = text.AsSpan(Math.Min(offset, text.Length));
        rest = rest[..Math.Min(rest.Length, 16)].TrimStart();
        return rest.StartsWith("government", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("administration", StringComparison.OrdinalIgnoreCase);
    }

    // "The England international", "the Gaza health ministry": a place naming what kind of speaker, not the speaker
    // (when the source goes on after it, as a modifier's does). "The UK government" speaks as the UK, as
    // "Indonesia's government" does.
    // "A senior Tory MP", "the Ealing North MP": the member speaks, not the party or the seat.
    private static bool BeforeMemberTitle(Span span, string text)
    {
        var after = text.AsSpan(span.End);
        return after.StartsWith(" MP", StringComparison.Ordinal) || after.StartsWith(" MEP", StringComparison.Ordinal)
            || after.StartsWith(" MSP", StringComparison.Ordinal);
    }

    private static bool BeforeLowerCase(Span span, string text) =>
        span.End + 2 < text.Length && text[span.End] == ' ' && char.IsLower(text[span.End + 1]) && !GovernmentAt(span.End, text);

    private static bool AfterIn(Span span, string text)
    {
        var before = text.AsSpan(0, span.Start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        if (before.EndsWith(" in", StringComparison.Ordinal))
        {
            return true;
        }

        // "The Prince of Wales", "the mayor of the city of Kharkiv": the place a title is of, not who holds it.
        if (!before.EndsWith(" of", StringComparison.Ordinal))
        {
            return false;
        }

        before = before[..^3].TrimEnd();
        var space = before.LastIndexOf(' ');
        var head = before[(space + 1)..];
        if (head is "city" or "town" or "village" or "state" or "province" or "county" or "region")
        {
            before = before[..Math.Max(0, space)].TrimEnd();
            if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^4].TrimEnd();
            }

            return before.EndsWith(" of", StringComparison.Ordinal) && PlaceTitle(before[..^3].TrimEnd());
        }

        return PlaceTitle(before);
    }

    private static bool PlaceTitle(ReadOnlySpan<char> before) => PlaceTitles.Contains(before[(before.LastIndexOf(' ') + 1)..]);

    // Who is "of" a place without being it: "the Prince of Wales", "the Archbishop of Cardiff", "the people of Gaza".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "prince", "princess", "duke", "duchess", "mayor", "governor", "king", "queen", "bishop", "archbishop", "people", "residents", "citizens",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPossessor(Span span, string text) =>
        span.End + 1 < text.Length && text[span.End] is '\'' or '’' && text[span.End + 1] is 's' or 'S';

    private readonly record struct IndexedMention(
        Span Span, string ActorId, bool Person, bool Possessor, bool Other, bool Where, bool Modifier, bool Organization);
}
