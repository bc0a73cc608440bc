using System.Collections.Frozen;
using System.Text;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>
/// Names what a figure counts from the words around it: the noun phrase after it ("28,000 displaced people",
/// "a quarter of the population") or the subject it completes ("the death toll has risen to 28,000").
/// </summary>
internal sealed class MeasureFinder
{
    private const int MaxWords = 3;

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "and", "or", "but", "nor", "in", "on", "at", "to", "from", "by", "with", "for", "of", "into",
        "over", "under", "about", "after", "before", "since", "during", "between", "among", "against", "through",
        "this", "these", "those", "that", "which", "who", "whom", "whose", "what", "where", "when", "while", "than",
        "as", "per", "each", "every", "more", "less", "most", "least", "so", "such", "also", "already", "still", "now",
        "then", "there", "here", "including", "according", "said", "says", "say", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may",
        "might", "can", "must", "shall", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their",
        "our", "your", "my", "them", "him", "us", "me", "not", "no", "all", "both", "other", "another", "some", "any",
        "ago", "old", "last", "next", "each", "up", "down", "out", "off", "again", "if", "because", "though",
        "although", "until", "away", "back", "just", "only", "even", "very", "too", "around", "nearly", "almost",
        "yet", "per", "via", "plus", "minus", "times", "percent", "against", "across", "like", "unlike", "within",
        "without", "toward", "towards", "upon", "onto", "amid", "behind", "beyond", "near", "versus", "vs", "etc",
        "later", "earlier", "ahead", "apart", "overall", "respectively", "alone", "died", "killed", "fled", "left", "remain", "remained", "remains", "went", "came", "came", "took", "made",
        "get", "got", "go", "goes", "come", "comes", "make", "makes", "take", "takes", "see", "saw", "seen", "set",
        "rose", "fell", "rise", "fall", "grew", "reached", "hit", "lost", "won", "paid", "cost", "costs", "spent",
        "despite", "unless", "whether", "instead", "compared", "following", "versus",
        "globally", "nationally", "abroad", "apiece", "annually", "altogether", "today", "yesterday", "tonight", "overnight");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that link a subject to the figure it states: "has risen to", "stands at", "a toll of".
    private static readonly FrozenSet<string> LinkWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "at", "of", "is", "was", "are", "were", "been", "be", "has", "have", "had", "now", "already", "reportedly",
        "officially", "risen", "rose", "rises", "rise", "climbed", "climbs", "increased", "increases", "jumped", "jumps",
        "grown", "grew", "grows", "soared", "soars", "reached", "reaches", "hit", "hits", "passed", "passes", "topped",
        "tops", "exceeded", "exceeds", "surpassed", "stood", "stands", "stand", "totalled", "totaled", "totals",
        "numbered", "numbers", "fell", "falls", "fallen", "dropped", "drops", "declined", "declines", "reduced",
        "amounted", "amounts", "came", "comes", "mounted", "mounts", "surged", "surges", "nearly", "almost", "by",
        "about", "around", "over", "some", "roughly", "would", "could", "will", "may", "might", "should", "can", "past",
        "beyond", "likely", "feared", "thought", "believed", "remain", "remains", "remained", "stay", "stays", "stayed",
        "equivalent", "equal", "worth", "valued");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Link = LinkWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Links only before "to" or "at": "is due to rise by 10%", "is expected at 3.2%", "remains high at 10%", but "the
    // earlier forecast of 1.4%".
    private static readonly FrozenSet<string> ProspectWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "due", "expected", "set", "forecast", "projected", "poised", "predicted", "tipped", "scheduled", "going", "high",
        "low", "steady", "stable", "unchanged", "flat", "estimated");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prospect = ProspectWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns that only carry what follows "of": "the number of displaced people" counts displaced people.
    private static readonly FrozenSet<string> Containers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "number", "numbers", "total", "count", "tally", "figure", "figures", "amount", "share", "proportion",
        "percentage", "rate", "majority", "minority", "sum", "estimate", "group", "lot", "lots", "dozens", "hundreds",
        "thousands", "millions", "level", "levels");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Container = Containers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Casualties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "dead", "injured", "wounded", "missing", "displaced", "arrested", "detained", "evacuated", "hurt",
        "hospitalised", "hospitalized", "rescued", "infected", "homeless", "unemployed");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Casualty = Casualties.GetAlternateLookup<ReadOnlySpan<char>>();

    // Heads that only place a figure on a scale: "a total of", "a peak of", "a record high of".
    private static readonly FrozenSet<string> VagueHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "total", "average", "peak", "mark", "high", "low", "best", "record", "maximum", "minimum", "sum", "tally");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vague = VagueHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    // Adjectives that compare a count with another rather than say what it counts ("2,500 new jobs" counts jobs).
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "new", "extra", "additional", "further", "more", "other", "former", "existing", "current", "fewer", "full-time",
        "part-time", "estimated", "possible", "potential", "separate", "different", "top");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifier = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    // Past participles that do not end in -ed: "two million copies sold", "one e-mail sent".
    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.Create(StringComparer.Ordinal,
        "sent", "sold", "made", "held", "built", "found", "given", "taken", "known", "seen", "shown", "paid", "lost", "won",
        "spent", "brought", "bought", "caught", "told", "kept", "left", "hit", "cut", "put", "set", "run", "drawn", "grown",
        "thrown", "written", "chosen", "driven", "stolen", "flown", "sunk", "shot", "struck", "hurt", "fled", "led", "met");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Irregular = IrregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after which a past participle modifies the noun that follows ("the revised figures", "no listed company").
    private static readonly FrozenSet<string> ModifierSlots = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "no", "any",
        "every", "each", "some", "of", "for", "in", "on", "with", "by", "from", "to", "at", "and", "or");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierSlot = ModifierSlots.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text;
    private readonly List<Piece> _pieces;
    private readonly NumberReader _numbers;
    private readonly StringBuilder _builder = new();

    public MeasureFinder(string text, List<Piece> pieces, NumberReader numbers)
    {
        _text = text;
        _pieces = pieces;
        _numbers = numbers;
    }

    public string? Find(in FigureCandidate figure)
    {
        var after = figure.SpanEnd;
        var unitless = figure.Unit is null;
        if (_numbers.IsWord(after, "of") && !IsTimeUnit(figure))
        {
            var head = SkipDeterminers(after + 1);
            // "one of two frontrunners", "three of the 10 seats"
            if (_numbers.IsDigits(head) || (_numbers.IsNumberWord(head, out var number) && number.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens))
            {
                head++;
                while (_numbers.IsNumberWord(head, out var scale) && scale.Kind is NumberWordKind.Scale or NumberWordKind.Hundred)
                {
                    head++;
                }
            }

            var np = _numbers.Has(head) ? ForwardPhrase(head) : null;
            // "8% of Google" names an owner, not a measure.
            if (np is not null && !char.IsUpper(_text[_pieces[head].Start]))
            {
                return np;
            }
        }

        // "more than 280 million worldwide": where, not what is counted.
        if (unitless && !IsPlaceAdverb(after))
        {
            var np = ForwardPhrase(after);
            if (np is not null)
            {
                return np;
            }
        }

        return IsTimeUnit(figure) ? null : BackwardPhrase(figure.SpanFirst);
    }

    private static bool IsTimeUnit(in FigureCandidate figure) => figure.UnitKind == UnitKind.Duration;

    // "worldwide" alone, not "worldwide sales".
    private bool IsPlaceAdverb(int i) =>
        _numbers.Has(i) && _pieces[i].Kind == PieceKind.Word && PlaceAdverbs.Contains(_numbers.Chars(i))
        && !(_numbers.Has(i + 1) && _pieces[i + 1].Kind == PieceKind.Word && !Stop.Contains(_numbers.Chars(i + 1))) && !_numbers.IsHyphen(i + 1);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceAdverbs =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "worldwide", "nationwide", "overseas", "countrywide", "statewide")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private int SkipDeterminers(int i)
    {
        for (var guard = 0; guard < 4 && _numbers.Has(i); guard++)
        {
            var w = _numbers.Chars(i);
            if (_pieces[i].Kind == PieceKind.Word && w is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "all" or "those" or "these" or "this" or "that")
            {
                i++;
            }
            else if (IsPossessiveName(i))
            {
                i += 3;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // "Gaza's", "the country's"
    private bool IsPossessiveName(int i) =>
        _numbers.Has(i + 2) && _pieces[i].Kind == PieceKind.Word && (_numbers.IsSymbol(i + 1, '\'') || _numbers.IsSymbol(i + 1, '’'))
        && !_numbers.Gap(i + 1) && _numbers.IsWord(i + 2, "s") && !_numbers.Gap(i + 2);

    private string? ForwardPhrase(int i)
    {
        // "107 killed", "120 injured": the people the participle names are what is counted.
        if (_numbers.Has(i) && _pieces[i].Kind == PieceKind.Word && Casualty.Contains(_numbers.Chars(i)) && char.IsLower(_text[_pieces[i].Start])
            && (!_numbers.Has(i + 1) || _pieces[i + 1].Kind != PieceKind.Word || Stop.Contains(_numbers.Chars(i + 1))))
        {
            return Compose([(i, i + 1)]);
        }

        Span<(int First, int End)> words = stackalloc (int, int)[MaxWords + 2];
        var count = 0;
        var j = i;
        while (_numbers.Has(j) && count < words.Length)
        {
            if (_pieces[j].Kind != PieceKind.Word || (j > i && !_numbers.Gap(j)) || IsPossessiveName(j))
            {
                break;
            }

            var first = j;
            var end = j + 1;
            // "long-range", "self-employed"
            while (_numbers.IsHyphen(end) && !_numbers.Gap(end) && _numbers.Has(end + 1) && !_numbers.Gap(end + 1)
                   && _pieces[end + 1].Kind == PieceKind.Word)
            {
                end += 2;
            }

            var w = _numbers.Chars(first);
            if (Stop.Contains(w) || _numbers.IsNumberWord(first, out _) || w.Length < 2 && end == first + 1)
            {
                break;
            }

            // A name after the noun starts something else: "two politicians Lee Cheuk-yan".
            if (count > 0 && char.IsUpper(w[0]) && !char.IsUpper(_text[_pieces[words[count - 1].First].Start])
                && !Modifier.Contains(_numbers.Chars(words[count - 1].First)))
            {
                break;
            }

            // A participle or adverb after the head closes the phrase ("28,000 people killed", "5 km away", "one
            // e-mail sent"), but a gerund before a plural noun belongs to it ("three credit rating agencies").
            if (count > 0 && char.IsLower(w[0])
                && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal) || Irregular.Contains(w)
                    || (w.EndsWith("ing", StringComparison.Ordinal) && (!PluralNounAt(end) || PluralNounAt(words[count - 1].First)))))
            {
                break;
            }

            words[count++] = (first, end);
            j = end;

            // After a plural noun a word followed by a function word is likely the verb: "2,000 workers protest the",
            // "55 million people live with", or an adjective with its complement: "two people familiar with".
            if (((w.Length > 3 && w[^1] == 's' && w[^2] != 's') || IrregularPlurals.Contains(w)) && !char.IsUpper(w[0]) && LooksLikeVerbAt(j))
            {
                break;
            }
        }

        // A lone participle or adverb is not a measure ("28,000 died", "5 quickly").
        while (count > 0)
        {
            var last = _numbers.Chars(words[count - 1].First);
            if (count == 1 && (last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal)
                               || last.EndsWith("ly", StringComparison.Ordinal)))
            {
                count = 0;
            }

            break;
        }

        // A people named in the plural heads what follows it: "2.2 million Gazans face famine".
        if (count > 1 && IsPeoplePlural(words[0].First) && char.IsLower(_text[_pieces[words[1].First].Start]))
        {
            count = 1;
        }

        // Names and a few comparing adjectives modify ("Palestinian casualties", "new Ryanair jobs" count casualties
        // and jobs) unless they are the head ("28,000 Palestinians").
        var from = 0;
        while (from < count - 1 && (char.IsUpper(_text[_pieces[words[from].First].Start]) || Modifier.Contains(_numbers.Chars(words[from].First))))
        {
            from++;
        }

        if (count - from > MaxWords)
        {
            from = count - MaxWords;
        }

        // Only names ("six Airbus aircraft", "300 Department of Health posts") is a name, not a measure; a plural
        // name is a people ("28,000 Palestinians").
        var head = _numbers.Chars(words[count - 1 < 0 ? 0 : count - 1].First);
        if (count > 0 && char.IsUpper(head[0]) && (count > 1 || head[^1] != 's'))
        {
            return null;
        }

        return count > from ? Compose(words[from..count]) : null;
    }

    private bool IsLink(int p) =>
        Link.Contains(_numbers.Chars(p)) || (Prospect.Contains(_numbers.Chars(p)) && (_numbers.IsWord(p + 1, "to") || _numbers.IsWord(p + 1, "at")));

    private string? BackwardPhrase(int first)
    {
        var p = first - 1;
        var linked = false;
        var ofBefore = false;
        for (var guard = 0; guard < 6 && p >= 0 && _pieces[p].Kind == PieceKind.Word && IsLink(p); guard++)
        {
            ofBefore |= _numbers.Chars(p) is "of";
            linked = true;
            p--;
        }

        if (!linked || p < 0)
        {
            return null;
        }

        // Skip an aside between commas: "the death toll of civilians, mostly children and women, has risen to".
        if (_numbers.IsSymbol(p, ','))
        {
            var k = p - 1;
            var limit = Math.Max(0, p - 12);
            while (k >= limit && !_numbers.IsSymbol(k, ',') && !IsSentenceBreak(k))
            {
                k--;
            }

            if (k < limit || !_numbers.IsSymbol(k, ','))
            {
                return null;
            }

            p = k - 1;
        }

        var (head, headFirst) = BackwardWords(p);
        // "the death toll from the earthquake (in Turkey and Syria) has passed 41,000": the clause's subject, not the
        // last noun of its prepositional phrases.
        var inPhrase = head is null ? _numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && char.IsUpper(_text[_pieces[p].Start])
            : !ofBefore && IsPrepositionBefore(headFirst);
        if (inPhrase)
        {
            var subject = ClauseHead(head is null ? p : headFirst - 1);
            if (subject.Phrase is not null)
            {
                (head, headFirst) = subject;
            }
        }

        // "an estimated worth of $2.6bn": a participle alone counts nothing.
        // "barrels a day to 84 million", "up four pence at 274.5 pence": a unit is not what is counted.
        if (head is null || (!head.Contains(' ', StringComparison.Ordinal) && head.EndsWith("ed", StringComparison.Ordinal)) || UnitLexicon.TryGet(LastWord(head), out _) || UnitLexicon.TryGet(head, out _) || _numbers.IsWord(headFirst - 1, "to"))
        {
            return null;
        }

        // "the death toll of civilians": the toll is what is counted; "the number of displaced people": the people.
        var of = headFirst - 1;
        if (_numbers.Has(of) && _pieces[of].Kind == PieceKind.Word && _numbers.Chars(of) is "the" or "a" or "an" or "its" or "their")
        {
            of--;
        }

        if (!ofBefore && _numbers.IsWord(of, "of"))
        {
            var (owner, _) = BackwardWords(of - 1);
            // "a litre of milk is 3 dollars": a unit owns nothing; what is counted is the milk.
            if (owner is not null && !Container.Contains(LastWord(owner)) && !UnitLexicon.TryGet(LastWord(owner), out _))
            {
                return owner;
            }
        }
        else if ((!ofBefore && Container.Contains(LastWord(head))) || Vague.Contains(LastWord(head)))
        {
            // "a total of 24.2 trillion pesos", "an average of 3.2%": the head says nothing of what is counted.
            return null;
        }

        return head;
    }

    private bool IsPrepositionBefore(int first)
    {
        var k = first - 1;
        if (_numbers.Has(k) && _numbers.Chars(k) is "the" or "a" or "an")
        {
            k--;
        }

        return _numbers.Has(k) && _pieces[k].Kind == PieceKind.Word && _numbers.Chars(k) is "from" or "in" or "at" or "among" or "across" or "for";
    }

    // Walks left over a chain of prepositional phrases to the noun phrase that opens it.
    private (string? Phrase, int First) ClauseHead(int p)
    {
        (string? Phrase, int First) found = (null, p + 1);
        for (var k = p; k >= 0 && k > p - 14 && _pieces[k].Kind == PieceKind.Word; k--)
        {
            var w = _numbers.Chars(k);
            var preposition = w is "from" or "in" or "of" or "at" or "among" or "across" or "for";
            if (preposition)
            {
                // Only a subject counts: the noun phrase opens the clause ("The death toll from", "Shares in").
                var candidate = BackwardWords(k - 1);
                var before = candidate.First - 1;
                if (candidate.Phrase is not null && !LastWord(candidate.Phrase).EndsWith("ly", StringComparison.Ordinal)
                    && (OpensClause(candidate.First)
                        || (_numbers.Has(before) && _numbers.Chars(before) is "the" or "The" or "its" or "Its" or "their" or "Their" && OpensClause(before))))
                {
                    found = candidate;
                }
            }

            if (OpensSentence(k))
            {
                break;
            }
            else if (!preposition && Stop.Contains(w) && w is not ("the" or "a" or "an" or "and" or "its" or "their" or "this" or "last"))
            {
                break;
            }
        }

        return found;
    }

    private static ReadOnlySpan<char> LastWord(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase.AsSpan(space + 1);
    }

    private (string? Phrase, int First) BackwardWords(int p)
    {
        Span<(int First, int End)> words = stackalloc (int, int)[MaxWords];
        var count = 0;
        var end = p;
        while (p >= 0 && count < MaxWords && _pieces[p].Kind == PieceKind.Word)
        {
            var w = _numbers.Chars(p);
            if (Stop.Contains(w) || _numbers.IsNumberWord(p, out _) || (p > 0 && !_numbers.Gap(p))
                || (char.IsUpper(w[0]) && !OpensSentence(p)))
            {
                break;
            }

            // The word before the link is a verb, not a subject: "followed by £102.80".
            if (count == 0 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal))
                && !(p > 0 && _pieces[p - 1].Kind == PieceKind.Word && _numbers.Chars(p - 1) is "the" or "a" or "an" or "this" or "its" or "their"))
            {
                break;
            }

            // A past tense after a noun or pronoun is the clause's verb: "the government introduced subsidies worth £4m".
            if (count > 0 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && p > 0
                && _pieces[p - 1].Kind == PieceKind.Word && !ModifierSlot.Contains(_numbers.Chars(p - 1)))
            {
                break;
            }

            words[count++] = (p, p + 1);
            if (OpensSentence(p))
            {
                break;
            }

            p--;
        }

        if (count == 0)
        {
            return (null, end + 1);
        }

        words[..count].Reverse();
        return (Compose(words[..count]), words[0].First);
    }

    private bool IsPeoplePlural(int j)
    {
        var w = _numbers.Chars(j);
        return w.Length > 4 && char.IsUpper(w[0]) && char.IsLower(w[1])
            && (w.EndsWith("ans", StringComparison.Ordinal) || w.EndsWith("ns", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
                || w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ites", StringComparison.Ordinal));
    }

    private bool PluralNounAt(int j) =>
        _numbers.Has(j) && _pieces[j].Kind == PieceKind.Word && char.IsLower(_text[_pieces[j].Start])
        && _numbers.Chars(j).Length > 3 && _numbers.Chars(j).EndsWith('s') && !Stop.Contains(_numbers.Chars(j));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPlurals =
        FrozenSet.Create(StringComparer.Ordinal, "people", "men", "women", "children", "police", "staff", "personnel")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private bool LooksLikeVerbAt(int j) =>
        _numbers.Has(j) && _pieces[j].Kind == PieceKind.Word && !_numbers.Chars(j).EndsWith('s')
        && (!_numbers.Has(j + 1) || _pieces[j + 1].Kind != PieceKind.Word || Stop.Contains(_numbers.Chars(j + 1)));

    private bool OpensSentence(int p) =>
        p == 0 || (_pieces[p - 1].Kind == PieceKind.Symbol && _text[_pieces[p - 1].Start] is '.' or '!' or '?' or '"' or '“' or '\n')
        || _text.AsSpan(_pieces[p - 1].End, _pieces[p].Start - _pieces[p - 1].End).Contains('\n');

    private bool OpensClause(int p) =>
        OpensSentence(p) || _numbers.IsSymbol(p - 1, ',') || _numbers.IsSymbol(p - 1, ';')
        || (_numbers.Has(p - 1) && _pieces[p - 1].Kind == PieceKind.Word
            && _numbers.Chars(p - 1) is "said" or "says" or "say" or "that" or "but" or "reported" or "added");

    private bool IsSentenceBreak(int k) => _numbers.IsSymbol(k, '.') || _numbers.IsSymbol(k, '!') || _numbers.IsSymbol(k, '?') || _numbers.IsSymbol(k, ';');

    private string Compose(ReadOnlySpan<(int First, int End)> words)
    {
        _builder.Clear();
        foreach (var (first, end) in words)
        {
            if (_builder.Length > 0)
            {
                _builder.Append(' ');
            }

            var span = _text.AsSpan(_pieces[first].Start, _pieces[end - 1].End - _pieces[first].Start);
            foreach (var c in span)
            {
                _builder.Append(char.ToLowerInvariant(c));
            }
        }

        return _builder.ToString();
    }
}
