using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// The phrases in a sentence window that can be a report's source: the noun phrase or pronoun before or after a cue,
/// the clause's subject, a name before an apposition, the agent of a passive; and whether a source is unnamed.
/// </summary>
internal abstract class SourcePhrases : SentenceWindow
{
    protected const int MaxPhrase = 8;

    protected readonly CueLexicon _lexicon;

    protected SourcePhrases(TextDocument document, int[] quoteOf, CueLexicon lexicon)
        : base(document, quoteOf)
    {
        _lexicon = lexicon;
    }

    // "according to early results of exit polls conducted for ...": the words up to the first preposition.
    protected (int First, int Last)? LeadingWords(int j)
    {
        var last = j - 1;
        while (last + 1 < _b && last + 1 - j < MaxPhrase && IsWord(last + 1) && _quoteOf[last + 1] < 0 && !Breaks.Contains(W(last + 1)))
        {
            last++;
        }

        return last >= j ? (j, last) : null;
    }

    protected (int First, int Last)? UpToComma(int j, int maxWords = 10)
    {
        var last = j;
        while (last + 1 < _b && last + 1 - j < maxWords && IsWord(last + 1))
        {
            last++;
        }

        return IsWord(j) && _quoteOf[j] < 0 && (last + 1 >= _b || _tokens[last + 1].Kind == TokenKind.Punctuation) ? (j, last) : null;
    }

    // The first token of the name ending at token j ("Mayor Dunn", "Sen. Tom Carper"), if j ends one.
    protected int? CapitalisedRun(int j)
    {
        if (!IsCapitalised(j))
        {
            return null;
        }

        var first = j;
        while (first - 1 >= _a && j - first < MaxPhrase
            && (IsCapitalised(first - 1) || (IsPunct(first - 1, '.') && first - 2 >= _a && Titles.Contains(W(first - 2)))))
        {
            first--;
        }

        return first;
    }

    protected (int First, int Last)? PredicateSubject(int p)
    {
        if (p - 1 >= _a && (Is(p, "in") || Is(p, "on") || Is(p, "for")) && Auxiliaries.Contains(W(p - 1)))
        {
            p--;
        }

        if (p < _a || !IsWord(p) || !(Be.Contains(W(p)) || FiniteAuxiliaries.Contains(W(p)) || Is(p, "become") || Is(p, "been")))
        {
            return null;
        }

        var end = SkipAuxiliariesLeft(p);
        return LeftPhrase(end) is { } subject && (LooksLikeSubject(subject.First, subject.Last) || Pronouns.Contains(W(subject.Last)))
            ? subject : null;
    }

    protected int? HeadBeforeComplement(int first)
    {
        if (AnonymousSpeakers(first) is { } anonymous)
        {
            return anonymous;
        }

        var p = first - 1;
        var coordinated = false;
        if (Is(p, "and") && p - 1 >= _a && IsWord(p - 1) && LeftPhrase(p - 1) is { } joined && joined.First < p - 1 + 1)
        {
            p = joined.First - 1;
            coordinated = true;
        }

        if (p - 1 < _a || !IsWord(p - 1))
        {
            return null;
        }

        // "Many voters interviewed at the rally said", "Most people polled by Gallup said", "Protesters marching
        // through the streets chanted": the people a participle describes.
        if (!coordinated && p - 2 >= _a && IsWord(p - 2) && LeftPhrase(p - 2) is { } described
            && ((DescribingParticiples.Contains(W(p - 1)) && (Is(p, "by") || GoverningPrepositions.Contains(W(p)))
                    && (PersonNouns.Contains(W(described.Last)) || (IsPlural(described.Last) && (char.IsLower(W(described.Last)[0]) || described.Last == _a))))
                || (IsDescribingGerund(p - 1) && GoverningPrepositions.Contains(W(p))
                    // "One Venezuelan living in London, who did not want to be named, said": one person of a people.
                    && (IsPeopleNoun(W(described.Last)) || (IsCapitalised(described.Last) && described.Last == described.First + 1
                        && W(described.First) is "one" or "One" or "a" or "A" or "an" or "An")))))
        {
            return described.First;
        }

        // "Israel's embassy to the Holy See", "the UN envoy to Syria", "an adviser to the president": whom the speaker
        // is sent to or serves.
        if (Is(p, "to") && LeftPhrase(p - 1) is { } envoy && EnvoyNouns.Contains(W(envoy.Last)))
        {
            return envoy.First;
        }

        if (!(Is(p, "for") || Is(p, "of") || Is(p, "on") || Is(p, "at") || Is(p, "from") || Is(p, "in") || Is(p, "by")))
        {
            return null;
        }

        if (Is(p, "by") || LeftPhrase(p - 1) is not { } head)
        {
            return null;
        }

        var noun = W(head.Last);
        // "a woman in the village of Grammatiko said": the place the "of" names is part of where the speaker is.
        if (Is(p, "of") && PlaceNouns.Contains(noun) && head.First == head.Last - 1 && Is(head.First, "the") && HeadBeforeComplement(head.First) is { } located)
        {
            return located;
        }

        var people = PersonNouns.Contains(noun) || SingularPeople.Contains(noun)
            || (IsPlural(head.Last) && (char.IsLower(noun[0]) || head.Last == _a) && !Breaks.Contains(noun) && _lexicon.Strength(noun) < 0.3);
        // "Residents of a street in Bristol say": the street is where the speakers before it live.
        if (Is(p, "in") && (PlaceNouns.Contains(noun) || noun is "street" or "road" or "estate") && head.Last == head.First + 1
            && W(head.First) is "a" or "an" or "the" && HeadBeforeComplement(head.First) is { } dwellers)
        {
            return dwellers;
        }

        if (Is(p, "in"))
        {
            // "Officials in Kyiv say", "traders in Asia said", "Many in the city said": people where they are; a
            // thing "in" something ("shares in GM rose", "a rise in prices") is no speaker.
            return ((IsPeopleNoun(noun) || SingularPeople.Contains(noun)) && (char.IsLower(noun[0]) || head.Last == _a)) || (head.First == head.Last && PeopleQuantifiers.Contains(noun))
                // "The health ministry in Gaza says", "the US embassy in Kyiv said", "The General Court in Luxembourg
                // said": an office where it is.
                || (Offices.Contains(noun) && char.IsLower(noun[0]))
                || (InstitutionNames.Contains(noun) && IsCapitalised(head.Last) && head.Last > head.First)
                ? head.First : null;
        }

        if (InstitutionNames.Contains(noun) && IsCapitalised(head.Last) && IsCapitalised(first))
        {
            // "In January the independent Institute for Fiscal Studies said": the name starts at its article.
            for (var k = head.First + 1; k < head.Last; k++)
            {
                if (Is(k, "the"))
                {
                    return k;
                }
            }
        }

        return people || DocumentNouns.Contains(noun)
            // "the United Nations Economic Commission for Europe said", "the Council on Foreign Relations said".
            || (InstitutionNames.Contains(noun) && IsCapitalised(head.Last) && IsCapitalised(first))
            || IsPersonOfOrganisation(head, p, first)
            ? head.First : null;
    }

    private static readonly WordSet EnvoyNouns = new(
        "embassy", "ambassador", "envoy", "delegation", "mission", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "consulate",
        "spokesman", "spokeswoman", "spokesperson", "representative", "delegate", "delegates", "counsel", "lawyer", "lawyers");

    private static readonly WordSet PlaceNouns = new(
        "village", "town", "city", "suburb", "district", "province", "region", "county", "island", "area", "state", "port");

    // "officials speaking on condition of anonymity said", "an aide, who spoke on condition of anonymity, said": the
    // people who asked not to be named.
    private int? AnonymousSpeakers(int first)
    {
        if (!(Is(first, "anonymity") && Is(first - 1, "of") && Is(first - 2, "condition") && (Is(first - 3, "on") || Is(first - 3, "under"))))
        {
            return null;
        }

        var verb = first - 4;
        if (!(Is(verb, "speaking") || Is(verb, "spoke") || Is(verb, "talking") || Is(verb, "talked")))
        {
            return null;
        }

        var head = Is(verb - 1, "who") ? verb - 2 : verb - 1;
        return IsWord(head) && LeftPhrase(head) is { } speakers && IsPeopleNoun(W(speakers.Last)) ? speakers.First : null;
    }

    // "Mr. Morgan of the Sierra Club said", "Jane Doe at Barclays said", "Tom Lee from Fundstrat said": a person's
    // name before where they work. A title or a first name shows the name is a person's.
    private bool IsPersonOfOrganisation((int First, int Last) head, int p, int first)
    {
        if (!(Is(p, "of") || Is(p, "at") || Is(p, "from")) || Is(first, "State")
            || !(IsCapitalised(first) || (Is(first, "the") && IsCapitalised(first + 1))))
        {
            return false;
        }

        var words = 0;
        for (var k = head.First; k <= head.Last; k++)
        {
            if (IsWord(k))
            {
                if (!IsCapitalised(k) || InstitutionNames.Contains(W(k)) || DocumentNouns.Contains(W(k)))
                {
                    return false;
                }

                words++;
            }
        }

        return words >= 2 || Titles.Contains(W(head.First));
    }

    // "marching through", "speaking on", "studying the seas": a participle and what it governs, not a noun
    // ("chief operating officer").
    private bool IsDescribingGerund(int k) =>
        W(k).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(W(k)[0]) && k + 1 < _b
        && (GoverningPrepositions.Contains(W(k + 1)) || Determiners.Contains(W(k + 1)));

    protected static readonly WordSet GoverningPrepositions = new(
        "at", "in", "on", "from", "for", "of", "through", "near", "outside", "inside", "across", "around", "along", "into", "with");

    private static readonly WordSet Offices = new(
        "ministry", "department", "government", "embassy", "consulate", "office", "agency", "army", "military", "command",
        "prosecutor", "authority", "council", "regulator", "mission", "headquarters");

    private static readonly WordSet PeopleQuantifiers = new("many", "some", "most", "few", "others", "several");

    private static readonly WordSet InstitutionNames = new(
        "Commission", "Council", "Committee", "Organisation", "Organization", "Department", "Ministry", "Association",
        "Institute", "Office", "Agency", "Centre", "Center", "Bank", "Fund", "University", "Court", "Foundation", "Society",
        "Union", "Federation", "Board", "Authority", "Bureau", "Service", "Coalition", "Alliance", "League", "Academy");

    // The document noun a subject phrase starts with, before what describes it ("records compiled by the
    // commission", "a poll of voters in Ohio").
    protected (int First, int Last)? DocumentBefore(int j)
    {
        for (var k = j; k >= _a && k > j - 12; k--)
        {
            if (!IsWord(k) || _quoteOf[k] >= 0)
            {
                return null;
            }

            // "the national statistics office": a document noun before another noun only describes it.
            if (DocumentNouns.Contains(W(k)) && !IsNounModifier(k, j))
            {
                return LeftPhrase(k);
            }
        }

        return null;
    }

    // Whether the words after k up to j are nouns that k describes, as "statistics" in "the statistics office".
    private bool IsNounModifier(int k, int j)
    {
        if (k >= j)
        {
            return false;
        }

        for (var m = k + 1; m <= j; m++)
        {
            if (!IsWord(m) || Breaks.Contains(W(m)) || IsPastTense(W(m)) || W(m).EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    protected (int First, int Last)? NearestSubject(int i)
    {
        // "Andrei Illarionov - then adviser to President Putin - told": the name before the inserted description.
        if (IsDashOrHyphen(i - 1))
        {
            for (var d = i - 3; d > _a && d >= i - 16; d--)
            {
                if (_quoteOf[d] >= 0 || IsPunct(d, ','))
                {
                    break;
                }

                if (IsDashOrHyphen(d))
                {
                    return IsCapitalised(d - 1) ? LeftPhrase(d - 1) : null;
                }
            }
        }

        for (var k = i - 1; k >= _a && k > i - 10; k--)
        {
            if (_quoteOf[k] >= 0 || IsQuoteMark(k) || Is(k, "that") || IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, ','))
            {
                return null;
            }

            if (Pronouns.Contains(W(k)) && !Is(k, "it"))
            {
                return (k, k);
            }

            if (IsCapitalised(k) && !Determiners.Contains(W(k)) && !Breaks.Contains(W(k)) && !LeadingTrim.Contains(W(k)))
            {
                // "Leaders flew home from Baku congratulating themselves": a place or a body after a preposition is
                // no subject; the one before it may be.
                var run = k;
                while (run - 1 >= _a && IsCapitalised(run - 1) && _quoteOf[run - 1] < 0)
                {
                    run--;
                }

                if (run - 1 >= _a && PlacePrepositions.Contains(W(run - 1)))
                {
                    k = run - 1;
                    continue;
                }

                return LeftPhrase(k);
            }
        }

        return null;
    }

    private static readonly WordSet PlacePrepositions = new(
        "from", "in", "at", "to", "into", "with", "for", "by", "on", "near", "across", "outside", "inside", "through", "around",
        "toward", "towards", "against", "over");

    // Skips auxiliaries, adverbs and a short time phrase between subject and verb ("Sanders on Tuesday said").
    protected int SkipAuxiliariesLeft(int j)
    {
        while (j >= _a && IsWord(j))
        {
            // "as you very aptly pointed out": an intensifier goes with the adverb after it.
            if (Auxiliaries.Contains(W(j)) || IsAdverb(j) || TimeWords.Contains(W(j)) || (Intensifiers.Contains(W(j)) && j + 1 < _b && IsAdverb(j + 1)))
            {
                j--;
            }
            // A year or a day ("in 2015", "on Tuesday"), not a share ("four in 10 said").
            else if (((_tokens[j].Kind == TokenKind.Number && W(j).Length == 4) || Weekdays.Contains(W(j))) && j - 1 >= _a && (Is(j - 1, "in") || Is(j - 1, "on")))
            {
                j -= 2;
            }
            // "Sanders last week said", "the senator Wednesday morning said", "Trump Tuesday said"; not "a poll published
            // last week found", where the time is when the poll came out.
            else if (DayParts.Contains(W(j)) && j - 1 >= _a && (Weekdays.Contains(W(j - 1)) || Is(j - 1, "last") || Is(j - 1, "this") || Is(j - 1, "next"))
                && !(j - 2 >= _a && DescribingParticiples.Contains(W(j - 2))))
            {
                j -= 2;
            }
            else if (Weekdays.Contains(W(j)) && char.IsUpper(W(j)[0]) && j - 1 >= _a && IsWord(j - 1) && !Breaks.Contains(W(j - 1)))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    // Before a present-tense cue: a pronoun, a name, or a definite description ("the report says").
    protected bool LooksLikeSubject(int first, int last) =>
        (first == last && Pronouns.Contains(W(first))) || ShareAt(last) is { } share && share.First == first
        || (IsCapitalised(last) && !IsCompoundParticiple(last)) || Definite.Contains(W(first))
        || (first == last && Quantifiers.Contains(W(first)))
        // "People close to him say".
        || (last - 2 > first && ObjectPronouns.Contains(W(last)) && Is(last - 1, "to") && Is(last - 2, "close"))
        // "Sanders' aides say", "a new poll shows", "52 percent of voters say".
        || HasPossessive(first, last) || (Determiners.Contains(W(first)) && last > first)
        || (IsPlural(last) && Is(first - 1, "of"))
        // "Florida election officials say", "but aides say", "Nine in 10 say".
        || ((IsPlural(last) || _tokens[last].Kind == TokenKind.Number)
            && (first == _a || IsPunct(first - 1, ',') || IsPunct(first - 1, ':') || Is(first - 1, "but") || Is(first - 1, "and") || Is(first - 1, "while") || Is(first - 1, "in")))
        || (IsPlural(last) && (Determiners.Contains(W(first))
            || (last - first < 2 && (first == _a || IsPunct(first - 1, ',') || IsPunct(first - 1, ':') || Is(first - 1, "which") || Is(first - 1, "that")))));

    // "as US-brokered talks on a truce stalled": a capitalised compound participle describes the noun after it.
    protected bool IsCompoundParticiple(int t) =>
        W(t) is var w && w.IndexOf('-') > 0 && w.EndsWith("ed", StringComparison.Ordinal);

    // "One in three said", "all but two said", "the two said": a count before a past-tense cue is its subject.
    protected bool IsCountedSubject(int j, ReadOnlySpan<char> cue) =>
        CountWords.Contains(W(j)) && IsPastTense(cue);

    // "Many say", "..., most said", "while another says", "One says China has the most": a quantifier or a lone
    // "one"/"another" standing as the subject of its clause.
    protected bool IsQuantifierSubject(int j) =>
        (Quantifiers.Contains(W(j)) && (j == _a || IsPunct(j - 1, ',')))
        || ((Is(j, "another") || Is(j, "one")) && (j == _a || IsPunct(j - 1, ',') || Is(j - 1, "while") || Is(j - 1, "but") || Is(j - 1, "whereas")
            // `"Take all the time you need," one wrote.`
            || (IsQuoteMark(j - 1) && j - 2 >= _a && _quoteOf[j - 2] >= 0)));

    // The noun phrase or pronoun ending at token j.
    protected (int First, int Last)? LeftPhrase(int j)
    {
        if (j < _a)
        {
            return null;
        }

        // "A third of independents, 33%, say": the share set off by commas.
        if (IsPunct(j, ',') && ShareAt(j - 1) is { } counted && IsPunct(counted.First - 1, ','))
        {
            return counted;
        }

        if (IsPunct(j, ',') && IsPunct(j - 1, ')'))
        {
            // "Daniel Kebede, general secretary of the National Education Union (NEU), told": the bracket closes an
            // apposition, and the name before the apposition speaks.
            for (var open = j - 2; open > _a && open > j - 8; open--)
            {
                if (IsPunct(open, '('))
                {
                    // ", general secretary of ... (": a role in lower case after the comma, not "On Monday, Sen. Ada Lind (".
                    if (NameBeforeInsertion(open) is { } named && IsPunct(named.Last + 1, ',') && IsWord(named.Last + 2)
                        && char.IsLower(W(named.Last + 2)[0]))
                    {
                        return named;
                    }

                    break;
                }
            }

            // "Gov. John Kasich (R-OH), said": the name before the party and state.
            return LeftPhrase(j - 1);
        }

        if (IsPunct(j, ','))
        {
            // "The unswayed Netanyahu, who has ..., stated": the subject before the first comma, after any
            // opening phrase ("Similarly, William Bennett, a former secretary, said").
            var start = ClauseStart();
            var comma = start;
            while (comma < j && !IsPunct(comma, ','))
            {
                comma++;
            }

            // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, said": the name set
            // off after a title is the speaker.
            if (comma < j - 1 && comma > start && Determiners.Contains(W(start)) && IsNameRun(comma + 1, j - 1))
            {
                return (comma + 1, j - 1);
            }

            // "Yet a senior civil servant, speaking privately, described ...": a conjunction may open the clause.
            if (Conjunctions.Contains(W(_a)) && IsWord(_a + 1) && FirstCommaAfter(_a + 1, j) is { } joined && joined > _a + 1
                && !IsQuotedClause(joined + 1, j) && LeftPhrase(joined - 1) is { } conjoined && conjoined.First == _a + 1)
            {
                return conjoined;
            }

            if (comma < j && comma > start && !IsQuotedClause(comma + 1, j) && LeftPhrase(comma - 1) is { } subject && subject.First == start)
            {
                return subject;
            }

            // "John Kasich of Ohio, a Republican who ..., said": a name with its "of" place.
            if (comma < j && comma - _a <= MaxPhrase && IsCapitalised(_a) && !Pronouns.Contains(W(_a)) && NameWithPlace(_a, comma - 1))
            {
                return (_a, comma - 1);
            }

            // `"...," Scott Pruitt, the attorney general of Oklahoma, said`: the speaker follows the quotation.
            for (var k = j - 1; k > _a && k > j - 40; k--)
            {
                if (IsQuoteMark(k) && _quoteOf[k + 1] < 0 && (_quoteOf[k - 1] >= 0 || (IsQuoteMark(k - 1) && k - 2 >= _a && _quoteOf[k - 2] >= 0)))
                {
                    return RightPhrase(IsPunct(k + 1, ',') ? k + 2 : k + 1);
                }
            }

            return NameBeforeInsertion(j) ?? NamingApposition(j);
        }

        if (ShareAt(j) is { } share)
        {
            return share;
        }

        if (IsDash(j))
        {
            // "Sims — a teacher from Mount Pleasant — says".
            return NameBeforeInsertion(j);
        }

        if (IsPunct(j, ')'))
        {
            // "Rep. Gwen Moore (D-Wis.) said"
            for (var k = j - 1; k > _a && k > j - 8; k--)
            {
                if (IsPunct(k, '('))
                {
                    return LeftPhrase(k - 1);
                }
            }

            return null;
        }

        if (!IsWord(j))
        {
            return null;
        }

        if (Pronouns.Contains(W(j)) || Is(j, "which"))
        {
            return (j, j);
        }

        // "most of them", "some of us", "many of those".
        if ((Is(j, "them") || Is(j, "us") || Is(j, "those")) && Is(j - 1, "of") && j - 2 >= _a && (Quantifiers.Contains(W(j - 2)) || Determiners.Contains(W(j - 2))))
        {
            return (j - 2, j);
        }

        // "a headline that said ...": the relative "that" speaks for the noun before it.
        if (Is(j, "that") && j - 1 >= _a && IsWord(j - 1) && !Breaks.Contains(W(j - 1)) && LeftPhrase(j - 1) is { } antecedent)
        {
            // The noun phrase only, not the clause it is the object of ("sent out a leaflet").
            var start = antecedent.Last;
            while (start > antecedent.First && !Determiners.Contains(W(start)))
            {
                start--;
            }

            return (start, antecedent.Last);
        }

        if (IsQuantifierSubject(j))
        {
            return (j, j);
        }

        // "a source close to him said": the source is the one close, not the pronoun.
        if (ObjectPronouns.Contains(W(j)) && j - 3 >= _a && Is(j - 1, "to") && Is(j - 2, "close") && IsWord(j - 3) && LeftPhrase(j - 3) is { } close)
        {
            return (close.First, j);
        }

        if (Breaks.Contains(W(j)) || Determiners.Contains(W(j)) || LeadingTrim.Contains(W(j)))
        {
            return null;
        }

        // "Heineken and Carlsberg" is two names and may end a clause before them ("... owns Yugansk and Russia said"),
        // so the last word takes an "and" before it only inside an "of" name ("the Department of Trade and Industry").
        // "the Centers for Disease Control and Prevention": the "of" or "for" may be two names back.
        var first = InnerNameStart(j, j, and: Is(j - 3, "of") || Is(j - 3, "for") || ((Is(j - 4, "of") || Is(j - 4, "for")) && IsCapitalised(j - 3)));
        while (first - 1 >= _a && j - first < MaxPhrase && IsPhraseToken(first - 1) && !IsReportWithObject(first - 1))
        {
            first = InnerNameStart(first - 1, j, and: true);
        }

        while (first < j)
        {
            // "Last month President Reagan announced", "this week the minister said": when, not who.
            if (PastTimePhrase(first) is var afterTime && afterTime > first && afterTime <= j)
            {
                first = afterTime;
                continue;
            }

            if (!(LeadingTrim.Contains(W(first)) || !IsWord(first) || IsDateBefore(first)))
            {
                break;
            }

            first++;
        }

        return SourceWithProximity(first, j);
    }

    // "Sports newspaper Marca claims the two clubs have agreed": a reporting verb before its object ends the phrase.
    // So does a plain verb after a plural ("Exit interviews suggest many voters backed").
    private bool IsReportWithObject(int k) =>
        IsWord(k) && char.IsLower(W(k)[0]) && k + 1 < _b && (Determiners.Contains(W(k + 1)) || Quantifiers.Contains(W(k + 1)))
        && !(k - 1 >= _a && Determiners.Contains(W(k - 1)))
        && (IsPastTense(W(k)) || IsPlural(k) || (k - 1 >= _a && IsWord(k - 1) && char.IsLower(W(k - 1)[0]) && W(k - 1).Length > 4 && IsPlural(k - 1)))
        && _lexicon.Strength(W(k)) >= 0.3;

    // "the Food and Drink Federation", "the School of Public Health", "the Institute for the Study of War": a name
    // with "and", "of" or "for the" inside goes on before the capitalised word at first.
    private int InnerNameStart(int first, int last, bool and)
    {
        if (first - 2 >= _a && last - first < MaxPhrase - 2 && IsCapitalised(first)
            && ((and && Is(first - 1, "and")) || Is(first - 1, "of") || (Is(first - 1, "for") && IsCapitalised(first + 1)) || Is(first - 1, "do") || Is(first - 1, "da") || Is(first - 1, "dos") || Is(first - 1, "das"))
            && IsCapitalised(first - 2) && !Pronouns.Contains(W(first - 2)))
        {
            first -= 2;
        }

        if (first - 3 >= _a && last - first < MaxPhrase - 3 && IsCapitalised(first) && Is(first - 1, "the")
            && (Is(first - 2, "for") || Is(first - 2, "of") || Is(first - 2, "on")) && IsCapitalised(first - 3) && !Pronouns.Contains(W(first - 3)))
        {
            first -= 3;
        }

        return first;
    }

    // `Taken together, the measures would create "...", said Mr Brown`: a clause with a verb of its own that ends in a
    // quotation right before the comma is what was said, and the speaker follows the cue. A relative clause or an
    // apposition ending in a quotation ("The director, who called it "a disaster", said") leaves the subject before it.
    private bool IsQuotedClause(int first, int comma)
    {
        if (!IsQuoteMark(comma - 1) || Is(first, "who") || Is(first, "whose") || Is(first, "which"))
        {
            return false;
        }

        for (var k = first; k < comma - 1 && _quoteOf[k] < 0 && !IsQuoteMark(k); k++)
        {
            if (IsWord(k) && FiniteAuxiliaries.Contains(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "In 2000 Icann approved": a year after its preposition dates the report; it is not part of the speaker.
    private bool IsDateBefore(int t) =>
        IsYear(t) && t - 1 >= _a && (Is(t - 1, "in") || Is(t - 1, "since") || Is(t - 1, "until") || Is(t - 1, "during"));

    private bool IsYear(int t) =>
        _tokens[t].Kind == TokenKind.Number && W(t) is { Length: 4 } y && (y.StartsWith("19", StringComparison.Ordinal) || y.StartsWith("20", StringComparison.Ordinal));

    // "Hawkins and others who want to ban abortion said", "an official who spoke on condition of anonymity said": the
    // phrase before the cue ends a restrictive relative clause; the subject is the noun the clause describes.
    protected (int First, int Last)? RelativeAntecedent(int j)
    {
        for (var k = j; k > _a && k > j - 20; k--)
        {
            if (!IsWord(k) || _quoteOf[k] >= 0 || SubjectStops.Contains(W(k)) && !Is(k, "who"))
            {
                return null;
            }

            if (Is(k, "who") && IsWord(k - 1) && LeftPhrase(k - 1) is { } antecedent && !Pronouns.Contains(W(antecedent.Last)))
            {
                return antecedent;
            }
        }

        return null;
    }

    // "61 percent", "47%", "one in five", "nine in 10": a share of those asked, ending at token j.
    protected (int First, int Last)? ShareAt(int j)
    {
        if (j < _a)
        {
            return null;
        }

        if ((Is(j, "percent") || IsPunct(j, '%')) && IsNumber(j - 1))
        {
            return (j - 1, j);
        }

        if (_tokens[j].Kind == TokenKind.Number && W(j).EndsWith('%'))
        {
            return (j, j);
        }

        return IsNumber(j) && Is(j - 1, "in") && j - 2 >= _a && IsNumber(j - 2) ? (j - 2, j) : null;
    }

    private static readonly WordSet NumberWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half");

    protected bool IsNumber(int t) => t >= _a && t < _b && (_tokens[t].Kind == TokenKind.Number || NumberWords.Contains(W(t)));

    // "Sources close to the negotiations said", "people familiar with the matter said": the source is the people,
    // not the matter they are close to.
    protected (int First, int Last) SourceWithProximity(int first, int last)
    {
        var k = first - 1;
        while (k > _a && Determiners.Contains(W(k)) && k > first - 3)
        {
            k--;
        }

        var head = (Is(k - 1, "close") && Is(k, "to")) || (Is(k - 1, "familiar") && Is(k, "with"))
            || (Is(k - 1, "briefed") && Is(k, "on")) || (Is(k - 1, "involved") && Is(k, "in"))
            // "experts not involved in the work cautioned": the denial belongs to the people.
            ? (Is(k - 2, "not") ? k - 3 : k - 2)
            // "A former aide to Senator Roy Calder has agreed": the aide speaks, not the senator; so does "the family
            // of the victim".
            : (((Is(k, "to") || Is(k, "for")) && ServingRoles.Contains(W(k - 1))) || (Is(k, "of") && (KinNouns.Contains(W(k - 1)) || GroupNouns.Contains(W(k - 1))))) && k - 1 >= _a ? k - 1
            : Is(k - 2, "with") && Is(k - 1, "knowledge") && Is(k, "of") ? k - 3 : -1;
        // "Every government of the past twenty years has promised": the time after "of" says which, not who.
        if (head < 0 && k - 1 >= _a && Is(k, "of") && IsWord(k - 1) && char.IsLower(W(k - 1)[0]) && PeriodNouns.Contains(W(last))
            && LeftPhrase(k - 1) is { } governed)
        {
            return (governed.First, last);
        }

        // "one of the people said", "two of the officials": one of them speaks for the rest. Not "one of the talking
        // points", "one of the main focuses": the phrase must end in its noun.
        if (head < 0 && k - 1 >= _a && Is(k, "of") && (Quantifiers.Contains(W(k - 1)) || IsNumber(k - 1) || Is(k - 1, "several") || Is(k - 1, "none"))
            && IsWord(last) && !IsNumber(last) && !IsNumber(k + 1) && !W(last).EndsWith("ing", StringComparison.Ordinal) && !W(last).EndsWith("est", StringComparison.Ordinal)
            && !NounModifiers.Contains(W(last)))
        {
            return (k - 1, last);
        }

        return head >= _a && IsWord(head) && !Breaks.Contains(W(head)) && LeftPhrase(head) is { } people
            ? (people.First, last)
            : (first, last);
    }

    private static readonly WordSet PeriodNouns = new("years", "decades", "months", "weeks", "century", "decade", "era", "generation");

    private static readonly WordSet NounModifiers = new("main", "key", "top", "major", "first", "last", "few", "other", "same", "big", "leading");

    // "Egypt and Qatar, which have mediated the talks, urged": two names joined at the clause's start are one subject.
    private (int First, int Last) WithNameBefore((int First, int Last) named) =>
        named.First - 2 >= _a && Is(named.First - 1, "and") && IsCapitalised(named.First) && IsCapitalised(named.First - 2)
        && !Pronouns.Contains(W(named.First - 2)) && LeftPhrase(named.First - 2) is { } other && other.First == ClauseStart()
            ? (other.First, named.Last)
            : named;

    // "the OPEC+ group of producers agreed", "a coalition of charities said": the group speaks for its members.
    private static readonly WordSet GroupNouns = new("group", "coalition", "alliance", "bloc", "consortium", "panel", "association", "union", "federation");

    private static readonly WordSet KinNouns = new(
        "family", "families", "relatives", "relative", "friends", "friend", "parents", "widow", "son", "daughter", "members", "supporters",
        "mother", "father", "brother", "sister", "wife", "husband", "widower", "partner", "grandmother", "grandfather",
        "colleagues", "neighbours", "neighbors");

    private static readonly WordSet ServingRoles = new(
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "lawyer", "lawyers", "attorney", "attorneys",
        "envoy", "consultant", "consultants", "representative", "representatives");

    // "..., Col. Steven Warren, a military spokesman in Baghdad, said" / "Gov. Mary Fallin, who opposes abortion,
    // vetoed": the name before an apposition or relative clause that ends at token j, anywhere in the sentence.
    protected (int First, int Last)? NameBeforeInsertion(int j)
    {
        for (var k = j - 1; k > _a && k > j - 30; k--)
        {
            if (_quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return null;
            }

            // ", and the meeting deteriorated from there, said one source": a clause joined on is no insertion.
            if (IsPunct(k, ',') || IsDash(k))
            {
                // "Not everyone agrees: a local business owner, who asked not to be named, told": a description that
                // opens its clause is the subject too.
                return LeftPhrase(k - 1) is { } named && !IsPunct(k - 1, ',') && !IsDash(k - 1) && !Conjunctions.Contains(W(k + 1))
                    && (IsCapitalised(named.Last) || PersonNouns.Contains(W(named.Last))
                        || (Determiners.Contains(W(named.First)) && named.First - 1 > _a && IsPunct(named.First - 1, ':')))
                    && !Pronouns.Contains(W(named.Last))
                    ? WithNameBefore(named) : null;
            }
        }

        return null;
    }

    // "One of the authors of the report, Ari Fleischer, said": the name set off by commas names the subject.
    protected (int First, int Last)? NamingApposition(int j)
    {
        var k = j - 1;
        while (k > _a && j - k <= 6 && (IsCapitalised(k) || (IsPunct(k, '.') && Titles.Contains(W(k - 1)))))
        {
            k--;
        }

        return k < j - 1 && k > _a && IsPunct(k, ',') && IsCapitalised(k + 1) && !Pronouns.Contains(W(k + 1)) && !Weekdays.Contains(W(j - 1))
            ? (k + 1, j - 1) : null;
    }

    protected bool NameWithPlace(int first, int last)
    {
        var of = false;
        for (var t = first; t <= last; t++)
        {
            if (Is(t, "of") && !of && t > first && t < last && IsCapitalised(t + 1))
            {
                of = true;
            }
            else if (!IsCapitalised(t) && !(IsPunct(t, '.') && t > first && Titles.Contains(W(t - 1))))
            {
                return false;
            }
        }

        return of;
    }

    protected bool IsPhraseToken(int t)
    {
        if (IsWord(t))
        {
            return !Breaks.Contains(W(t)) && !IsQuoteMark(t) && _quoteOf[t] < 0;
        }

        var s = W(t);
        return (s is "." && Titles.Contains(W(t - 1)))
            || s is "'s" or "’s" or "&" or "'" or "’"
            || IsNicknameMark(t)
            || (s is "-" && !IsSpacedHyphen(t));
    }

    // "LONDON - Arsenal manager Arsene Wenger said": a hyphen with a space on each side is a dash, and the dateline
    // before it is not part of the source.
    private bool IsSpacedHyphen(int t)
    {
        var span = _tokens[t].Span;
        return span.Start > 0 && span.End < _text.Length && char.IsWhiteSpace(_text[span.Start - 1]) && char.IsWhiteSpace(_text[span.End]);
    }

    // The noun phrase or pronoun starting at token j ("said Netanyahu", "said the minister").
    protected (int First, int Last)? RightPhrase(int j)
    {
        if (!IsWord(j) || _quoteOf[j] >= 0)
        {
            return null;
        }

        if (Pronouns.Contains(W(j)))
        {
            return Is(j, "it") || Is(j, "who") ? null : (j, j);
        }

        // "said one of those advisers", "said some of his aides": the count and the group it is taken from.
        if (CountWords.Contains(W(j)) && Is(j + 1, "of") && j + 2 < _b && RightPhrase(j + 2) is { } group)
        {
            return (j, group.Last);
        }

        var determiner = Determiners.Contains(W(j));
        // "Will Doyle", "May Lee": a capitalised modal before another capitalised word is a first name.
        var name = IsCapitalised(j) && IsCapitalised(j + 1) && !Titles.Contains(W(j));
        if ((Breaks.Contains(W(j)) && !name) || LeadingTrim.Contains(W(j)) || (!determiner && !IsCapitalised(j) && !TitleBeforeName(j)))
        {
            return null;
        }

        var last = j;
        var lower = 0;
        var titled = !determiner && !IsCapitalised(j);
        while (last + 1 < _b && last - j < MaxPhrase && IsPhraseToken(last + 1))
        {
            var k = last + 1;
            titled &= !IsCapitalised(k);
            if (IsWord(k) && !IsCapitalised(k) && !IsPossessive(k) && !titled)
            {
                // A title inside a name: "American Unity Fund president Margaret Hoover", "Swedish trades union
                // official Ulf Carlsson".
                if (!determiner && ((IsCapitalised(k + 1) && k + 1 < _b && !Breaks.Contains(W(k)) && _lexicon.Strength(W(k)) < 0.3) || InnerTitle(k)))
                {
                    last = k;
                    continue;
                }

                // A lower-case word before a determiner is a verb taking its object ("The coach left the stadium").
                // Four lower-case words end in an office's noun ("the regional civil protection agency").
                if (!determiner || (!RankWords.Contains(W(k)) && !Is(k, "former") && ++lower > 3 && !(lower == 4 && Offices.Contains(W(k))))
                    || _lexicon.Strength(W(k)) >= 0.3
                    || ((IsPastForm(W(k)) || IsPastVerb(k)) && !IsCapitalised(k + 1))
                    || (k + 1 < _b && Determiners.Contains(W(k + 1)) && !Quantifiers.Contains(W(k + 1)) && !RankWords.Contains(W(k + 1))))
                {
                    break;
                }
            }

            // "Spain's weather agency": a possessive determines the noun phrase after it.
            determiner |= IsPossessive(k) && k == j + 1 && IsCapitalised(j) && k + 1 < _b && IsWord(k + 1) && !IsCapitalised(k + 1);
            last = k;
        }

        while (last > j && (!IsWord(last) || Determiners.Contains(W(last)) || LeadingTrim.Contains(W(last))))
        {
            last--;
        }

        return determiner && last == j ? null : (j, last);
    }

    // "The bank held rates", "The bank cut rates": a verb with no "-ed" ends the phrase too; "the rate cut" is a noun.
    private bool IsPastVerb(int k) =>
        IsIrregularPast(W(k)) || PastVerbs.Contains(W(k)) || (Is(k, "cut") && !(k > _a && CutNouns.Contains(W(k - 1))));

    private static readonly WordSet PastVerbs = new(
        "kept", "left", "won", "lost", "rose", "fell", "sold", "bought", "paid", "sent", "brought", "began", "grew", "struck",
        "led", "met", "ran", "built", "chose", "drew", "forgot", "spent", "stood", "threw", "wore", "became", "came", "went");

    private static readonly WordSet CutNouns = new("tax", "rate", "price", "job", "spending", "budget", "pay", "interest");

    // "left", "announced": a past verb ends the phrase; "the top seed", "the need" are nouns.
    private static bool IsPastForm(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal);

    // "trades union official Ulf Carlsson": a few lower-case nouns, then a full name. No verb, participle or adverb
    // among them ("groups outpacing Republicans", "recently ousted leader Leonid Kuchma").
    private bool InnerTitle(int k)
    {
        var end = k;
        while (end < _b && end - k < 4 && IsWord(end) && !IsCapitalised(end) && !Breaks.Contains(W(end)) && !LeadingTrim.Contains(W(end))
            && _quoteOf[end] < 0 && _lexicon.Strength(W(end)) < 0.3 && !W(end).EndsWith("ing", StringComparison.Ordinal)
            && !IsPastForm(W(end)) && !W(end).EndsWith("ly", StringComparison.Ordinal))
        {
            end++;
        }

        return end > k && end + 1 < _b && IsCapitalised(end) && IsCapitalised(end + 1) && !Breaks.Contains(W(end)) && _quoteOf[end] < 0;
    }

    // "former Obama adviser David Axelrod", "pollster Frank Luntz": lower-case titles right before a name.
    protected bool TitleBeforeName(int j)
    {
        var k = j;
        while (k < _b && k - j < 4 && IsWord(k) && !IsCapitalised(k) && !Breaks.Contains(W(k)) && !LeadingTrim.Contains(W(k))
            && _quoteOf[k] < 0 && _lexicon.Strength(W(k)) < 0.3)
        {
            k++;
        }

        return k > j && IsCapitalised(k) && !Breaks.Contains(W(k)) && _quoteOf[k] < 0;
    }

    protected (int First, int Last)? SentenceSubject() => RightPhrase(ClauseStart());

    // Where the main clause begins after an opening word or phrase: "Similarly, ...", "On Friday, ...",
    // "Asked about the vote, ...", "Walking to the next house, ...".
    private int? FirstCommaAfter(int from, int before)
    {
        for (var k = from; k < before; k++)
        {
            if (IsPunct(k, ','))
            {
                return k;
            }
        }

        return null;
    }

    protected int ClauseStart()
    {
        // "However, ...", but not "Lind, 19, who signed in January, said": a name before its age is the subject.
        if (IsWord(_a) && IsPunct(_a + 1, ',') && !(IsCapitalised(_a) && IsNumber(_a + 2) && IsPunct(_a + 3, ',')))
        {
            return _a + 2;
        }

        var w = W(_a);
        var opening = IsWord(_a) && (Breaks.Contains(w) || Weekdays.Contains(w) || TimeWords.Contains(w) || OpeningWords.Contains(w)
            || (char.IsUpper(w[0]) && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && !IsCapitalised(_a + 1)));
        if (Pronouns.Contains(w))
        {
            return _a;
        }

        if (!opening)
        {
            // "Hours later, Trump ...", "The day before, at a rally in Beaumont, Mr. Trump ...": a time phrase ending
            // at a comma opens the clause too.
            return OpeningTimePhraseEnd() is { } comma ? comma + 1 : _a;
        }

        for (var k = _a + 1; k < _b && k < _a + 16; k++)
        {
            if (_quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return _a;
            }

            if (IsPunct(k, ','))
            {
                return k + 1;
            }
        }

        // "But Jaynes' lawyer called the term outrageous and said ...": a conjunction alone opens the clause.
        return Conjunctions.Contains(w) && char.IsUpper(w[0]) ? _a + 1 : _a;
    }

    // The comma after an opening time phrase of a few words ("Hours later,", "A few minutes later,", "The day before,"),
    // or null. An opening followed by a further comma phrase ("The day before, at a rally in Beaumont, ...") ends at the last.
    private int? OpeningTimePhraseEnd()
    {
        for (var k = _a + 1; k < _b && k < _a + 6; k++)
        {
            if (!IsWord(k) && !IsPunct(k, ','))
            {
                return null;
            }

            if (IsPunct(k, ','))
            {
                if (!OpeningEnds.Contains(W(k - 1)))
                {
                    return null;
                }

                // ", at a rally in Beaumont, Tex.," is still the opening.
                if (IsWord(k + 1) && Breaks.Contains(W(k + 1)) && !Pronouns.Contains(W(k + 1)) && NextComma(k + 2, 12) is { } m)
                {
                    // A place with its state ("Beaumont, Tex.,") runs on to the comma after the state.
                    return IsCapitalised(m + 1) && NextComma(m + 2, 2) is { } state ? state : m;
                }

                return k;
            }
        }

        return null;
    }

    // The first comma from token k within n tokens, before any quotation, colon or semicolon.
    private int? NextComma(int k, int n)
    {
        for (var m = k; m < _b && m < k + n; m++)
        {
            if (_quoteOf[m] >= 0 || IsQuoteMark(m) || IsPunct(m, ';') || IsPunct(m, ':'))
            {
                return null;
            }

            if (IsPunct(m, ','))
            {
                return m;
            }
        }

        return null;
    }

    protected bool IsNameRun(int first, int last)
    {
        if (last - first > 3)
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (!IsCapitalised(t) || Pronouns.Contains(W(t)))
            {
                return false;
            }
        }

        return true;
    }

    // An unnamed source: an indefinite or bare plural common noun ("an Egyptian official", "UN officials",
    // "critics"); "the minister" is a definite description of someone the article names.
    protected bool IsVague(int first, int last)
    {
        // "The move was welcomed by campaigners, who said": a relative "who" after a group that goes unnamed.
        if (first == last && Is(first, "who"))
        {
            return first - 2 >= _a && IsPunct(first - 1, ',') && UnnamedGroups.Contains(W(first - 2));
        }

        if (first == last && Pronouns.Contains(W(first)))
        {
            return Is(first, "they") && UnnamedGroupBefore(first);
        }

        // "the UN Environment Programme, which says ...", "The Irish government, which had argued": the body named before
        // the comma speaks, as vague as it is.
        if (first == last && Is(first, "which"))
        {
            return !(first - 2 >= _a && IsPunct(first - 1, ',')
                && (IsCapitalised(first - 2) || (IsWord(first - 2) && LeftPhrase(first - 2) is { } body && !Is(body.First, "which") && !IsVague(body.First, body.Last))));
        }

        // "The people, who asked not to be identified, said": whoever they are, they are not to be named.
        if (AskedNotToBeNamed(last + 1))
        {
            return true;
        }

        // "Tory defector Robert Jackson and his new Labour bosses": speakers joined by "and" are vague only when each is
        // (not the "and" inside "Department for Education and Skills" or "Public and Commercial Services").
        for (var k = first + 1; k < last; k++)
        {
            if (Is(k, "of") || Is(k, "for") || Is(k, "from") || Is(k, "by") || Is(k, "with") || Is(k, "in") || Is(k, "at"))
            {
                break;
            }

            if (Is(k, "and") && _quoteOf[k] < 0 && IsWord(k + 1) && char.IsLower(W(k + 1)[0]))
            {
                return IsVague(first, k - 1) && IsVague(k + 1, last);
            }
        }

        // "Officials in Kyiv say", "Analysts polled by Reuters expect": where the speakers are, or who asked them,
        // names no one ("One in four" is a share, not a place). Nor does whom they are close to: "Sources close to
        // the Home Secretary", "people familiar with the plan".
        for (var k = first + 1; k < last; k++)
        {
            if (((Is(k, "close") && Is(k + 1, "to")) || (Is(k, "familiar") && Is(k + 1, "with"))) && IsPeopleNoun(W(k - 1)))
            {
                return true;
            }

            if ((Is(k, "in") && !IsNumber(k + 1))
                // "The unnamed woman from Georgia", "a mother from Leeds": someone unnamed, wherever they come from.
                || (Is(k, "from") && SingularPeople.Contains(W(k - 1)) && !PersonNouns.Contains(W(k - 1)))
                || ((DescribingParticiples.Contains(W(k)) || IsDescribingGerund(k)) && IsPeopleNoun(W(k - 1)) && HasCapitalAfter(k, last)))
            {
                return IsVague(first, k - 1);
            }
        }

        // "Critics say", "Officials insisted", "Meteorologists warned": capitalised only because they open the sentence.
        // "Some Labour MPs", "Many Republicans", "some of Labour's own backbenchers": an unnamed share of a named group.
        if (last > first && CountedShares.Contains(W(first)) && IsWord(last) && W(last).EndsWith('s') && !IsPossessive(last))
        {
            return true;
        }

        // "The unnamed woman from Georgia", "The unidentified Parmalat source": someone the story will not name.
        if (last > first && (Is(first, "unnamed") || Is(first, "unidentified")
            || (Definite.Contains(W(first)) && (Is(first + 1, "unnamed") || Is(first + 1, "unidentified")))))
        {
            return true;
        }

        // "Another described ...", "One told the BBC ...": one more of the unnamed speakers just quoted.
        if (first == last && (Quantifiers.Contains(W(first)) || UnnamedGroups.Contains(W(first)) || Is(first, "another") || Is(first, "one")
                              || (W(first).EndsWith("ists", StringComparison.Ordinal) && (first == _a || !IsCapitalised(first)))))
        {
            return true;
        }

        // "The authors say", "the report's authors": a group the article gives no name for, though definite.
        if (UnnamedGroups.Contains(W(last)) && Definite.Contains(W(first)) && !HasCapitalAfter(first, last))
        {
            return true;
        }

        // "a Reuters tally", "a BBC investigation": a record whose author the phrase names.
        // "Treasury figures", though not "Official figures" opening a sentence.
        if (RecordNouns.Contains(W(last)) && (HasCapitalAfter(first, last - 1) || (last > first && IsCapitalised(last - 1) && last - 1 > _a && IsWord(last - 2)))
            && !IsDemonym(last - 1))
        {
            return false;
        }

        // "Variety trade magazine", "the Resolution Foundation think tank": the named body, said what it is.
        if (NamedBodyNouns.Contains(W(last)) && last > first && IsNameThenWhat(first, last))
        {
            return false;
        }

        // "A Google spokesperson", "a No 10 spokesman": the named body's voice on the record, as "a spokesperson for
        // Google" is (not "an Israeli spokesman", whose people is no body).
        if (last - 1 > first && W(last) is "spokesman" or "spokeswoman" or "spokesperson" && IsCapitalised(last - 1) && !IsDemonym(last - 1))
        {
            return false;
        }

        // A name may start with a lower-case particle: "Suleiman al-Amr", "Ursula von der Leyen".
        if (!char.IsLower(W(last)[0]) || HasCapitalAfterParticle(W(last)))
        {
            return false;
        }

        // "Mrs. Clinton’s aides" belong to someone named; they are not an unnamed source.
        return !Definite.Contains(W(first)) && !W(first).EndsWith("'s", StringComparison.Ordinal) && !HasPossessive(first, last);
    }

    // A name, then lower-case words for what it is, and nothing before the name but "the": not "A Texas company" (one
    // of many) nor "companies contacted by the BBC News website".
    private bool IsNameThenWhat(int first, int last)
    {
        var k = last - 1;
        while (k > first && k >= last - 2 && IsWord(k) && char.IsLower(W(k)[0]) && !Determiners.Contains(W(k)) && !IsPastTense(W(k)))
        {
            k--;
        }

        var nameEnd = k;
        while (k >= first && (IsCapitalised(k) || IsPossessive(k) || Is(k, "&")) && !Is(k, "a") && !Is(k, "an") && !Is(k, "the"))
        {
            k--;
        }

        // "Indian oil firm": a people's name says where the firm is, not which.
        return nameEnd >= first && k < nameEnd && IsCapitalised(nameEnd) && (k < first || (k == first && Is(first, "the")))
            && !(k + 1 == nameEnd && IsDemonym(nameEnd));
    }

    private static readonly WordSet CountedShares = new(
        "some", "many", "several", "few", "most", "two", "three", "four", "five", "six", "dozens", "hundreds", "thousands");

    private static readonly WordSet NamedBodyNouns = new(
        "magazine", "newspaper", "paper", "website", "tank", "group", "firm", "agency", "company", "charity", "consultancy", "broadcaster",
        "network", "channel", "journal", "outlet", "union", "institute", "tabloid", "daily", "publication", "watchdog", "regulator");

    protected static readonly WordSet RecordNouns = new(
        "tally", "count", "poll", "survey", "study", "report", "analysis", "investigation", "review", "estimate", "data", "figures", "calculation",
        "calculations", "estimates", "projections", "forecasts", "records", "documents", "statistics");

    // "an Egyptian official", "a British report": a people's name says where, not who.
    // "A UN report" names its author; "a US report" only where it comes from.
    private bool IsDemonym(int k) => IsWord(k) && (W(k).EndsWith("an", StringComparison.Ordinal) || W(k).EndsWith("ese", StringComparison.Ordinal)
        || W(k).EndsWith("ish", StringComparison.Ordinal) || W(k).EndsWith("i", StringComparison.Ordinal)
        || W(k) is "US" or "UK" or "French" or "Dutch" or "Greek" or "Thai" or "Swiss");

    private bool AskedNotToBeNamed(int comma)
    {
        if (!IsPunct(comma, ',') || !Is(comma + 1, "who"))
        {
            return false;
        }

        for (var k = comma + 2; k < _b && k <= comma + 9 && IsWord(k); k++)
        {
            // "asked not to be named", "declined to be identified"; not "who was named chief executive".
            if (W(k) is "anonymity" or "anonymously" || (W(k) is "identified" or "named" && Is(k - 1, "be")))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCapitalAfter(int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            if (char.IsUpper(W(t)[0]))
            {
                return true;
            }
        }

        return false;
    }

    // "Scientology officials went to the station, where they claimed ...", "The authors say ... They call for ...":
    // "they" stands for the unnamed group named last (within a few sentences), unless a plural name ("the Democrats",
    // "Google and Apple") or another pronoun comes between.
    private bool OpensSentence(int t) => _document.Sentences[_document.SentenceIndexOf(t)].FirstToken == t;

    private bool UnnamedGroupBefore(int they)
    {
        var from = _sentence < 3 ? 0 : _document.Sentences[_sentence - 3].FirstToken;
        for (var t = they - 1; t >= from; t--)
        {
            // `"... with friends and family at the end," they said`: the quotation's own words are not who they are.
            if (_tokens[t].Kind != TokenKind.Word || _quoteOf[t] >= 0)
            {
                continue;
            }

            // "Critics were not convinced. "...," they said": capitalised only because it opens its sentence.
            if (UnnamedGroups.Contains(W(t)) && (char.IsLower(W(t)[0]) || OpensSentence(t)))
            {
                return true;
            }

            // "Those who ate the most ...": a relative "who" names nobody new.
            var capitalised = char.IsUpper(W(t)[0]);
            if ((Pronouns.Contains(W(t)) && !Is(t, "who")) || Is(t, "them") || Is(t, "their")
                || (capitalised && ((IsPlural(t) && t > 0 && W(t - 1) is "the") || W(t + 1) is "and" || (t > 0 && W(t - 1) is "and"))))
            {
                return false;
            }
        }

        return false;
    }
}
