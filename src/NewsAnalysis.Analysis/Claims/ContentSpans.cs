using System.Globalization;
using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// What a cue reports: the content span on either side of it in the sentence window (to the clause end, or the
/// quotation it frames), its kind from the quotations it overlaps, and the proposal added for it.
/// </summary>
internal abstract class ContentSpans : SourcePhrases
{
    protected readonly IReadOnlyList<Quote> _quotes;
    protected readonly List<FoundAttribution> _found;
    protected readonly double _minStrength;

    // The rule proposing and the model's cue probability, recorded with each proposal.
    protected double _probability;
    protected AttributionRule _rule;
    protected bool _weak;

    protected ContentSpans(
        TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf, List<FoundAttribution> found, CueLexicon lexicon, double minStrength)
        : base(document, quoteOf, lexicon)
    {
        _quotes = quotes;
        _found = found;
        _minStrength = minStrength;
    }

    // What a reporting noun holds ends where the sentence's own verb begins: "[his vow to target Gaza] has
    // heightened fears" (content up to "has"), unless a that-clause or quotation carries it to the clause end.
    protected int NounPhraseEnd(int start)
    {
        var end = ClauseEnd(start);
        if (Is(start - 1, "that") || _quoteOf[start] >= 0)
        {
            return end;
        }

        for (var k = start + 1; k <= end; k++)
        {
            if (_quoteOf[k] < 0 && (IsPunct(k, ',') || FiniteAuxiliaries.Contains(W(k))))
            {
                return k - 1;
            }
        }

        return end;
    }

    protected void AddNextSentenceQuote(Span? source, bool vague, Span cue)
    {
        if (_sentence + 1 < _document.Sentences.Count && _document.Sentences[_sentence + 1] is var next && next.TokenCount > 1
            && _quoteOf[next.FirstToken] < 0 && _quoteOf[next.FirstToken + 1] is var q && q >= 0
            && _quotes[q].Inner.Start == _tokens[next.FirstToken + 1].Span.Start
            && !HasOwnSpeaker(next, _quotes[q]))
        {
            Add(_quotes[q].Inner, source, vague, cue);
        }
    }

    // `"...," he said. "That is our approach," Shultz told the growers.`: words after the quotation in its own
    // sentence name its own speaker.
    private bool HasOwnSpeaker(Sentence next, Quote quote)
    {
        for (var t = next.FirstToken + next.TokenCount - 1; t > next.FirstToken && _tokens[t].Span.Start >= quote.Outer.End; t--)
        {
            if (_tokens[t].Kind != TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }

    protected void AddNextSentence(Span? source, bool vague, Span cue)
    {
        if (_sentence + 1 >= _document.Sentences.Count)
        {
            return;
        }

        var next = _document.Sentences[_sentence + 1];
        var q = next.TokenCount > 1 ? _quoteOf[next.FirstToken + 1] : -1;
        Add(q >= 0 && _quotes[q].Inner.Start <= _tokens[next.FirstToken + 1].Span.Start ? _quotes[q].Inner : next.Span, source, vague, cue);
    }

    // A quotation closing just before this sentence.
    protected Quote? PrecedingQuote()
    {
        for (var t = _a - 1; t >= 0 && t >= _a - 3; t--)
        {
            if (_quoteOf[t] >= 0)
            {
                return _quotes[_quoteOf[t]];
            }

            var s = _tokens[t].Span.SliceOf(_text);
            if (s is not ("\"" or "”" or "''" or "'" or "." or "," or "?" or "!"))
            {
                return null;
            }
        }

        return null;
    }

    protected void AddRight(int start, Span? source, bool vague, Span cue)
    {
        start = PastAddressee(start);
        if (start >= _b)
        {
            return;
        }

        // A quotation that opens here and runs past the sentence end is the content, whole.
        var q = _quoteOf[start];
        if (q >= 0 && (_quotes[q].Inner.End > _tokens[_b - 1].Span.End || OnlyPunctuationAfter(_quotes[q].Outer.End)))
        {
            Add(_quotes[q].Inner, source, vague, cue);
            return;
        }

        if (ContentBetween(start, ClauseEnd(start)) is { } content)
        {
            Add(content, source, vague, cue);
        }
    }

    // "told the Reuters news agency: "...", "said on Friday: "...": whom or when the cue names before a colon is not
    // what was said; the quotation after the colon is.
    private int PastAddressee(int start)
    {
        for (var k = start; k < _b - 1 && k - start <= 6; k++)
        {
            if (_quoteOf[k] >= 0 || IsQuoteMark(k) || Is(k, "that") || IsPunct(k, ','))
            {
                return start;
            }

            if (IsPunct(k, ':'))
            {
                return k == start ? start : IsQuoteMark(k + 1) && k + 2 < _b && _quoteOf[k + 2] >= 0 ? k + 2 : _quoteOf[k + 1] >= 0 ? k + 1 : start;
            }
        }

        return start;
    }

    protected bool OnlyPunctuationAfter(int offset)
    {
        for (var t = _b - 1; t >= _a && _tokens[t].Span.Start >= offset; t--)
        {
            if (_tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    protected void AddLeft(int end, Span? source, bool vague, Span cue)
    {
        while (end >= _a && (IsPunct(end, ',') || IsQuoteMark(end) || IsPunct(end, '—')))
        {
            end--;
        }

        if (end < _a)
        {
            return;
        }

        var q = _quoteOf[end];
        if (q >= 0)
        {
            Add(ClauseEndingInQuote(end, q) ?? _quotes[q].Inner, source, vague, cue);
            return;
        }

        // "However, the ice lies too deep, the researchers said.": the connective is the reporter's.
        var from = _a + 1 < end && IsPunct(_a + 1, ',') && Connectives.Contains(W(_a)) ? _a + 2 : _a;
        if (ContentBetween(from, end) is { } content)
        {
            Add(content, source, vague, cue);
        }
    }

    private static readonly WordSet Connectives = new(
        "however", "meanwhile", "still", "nevertheless", "nonetheless", "instead", "indeed", "moreover", "furthermore",
        "separately", "similarly", "overall", "crucially", "importantly", "but", "yet", "now", "again", "likewise");

    // `Taken together, the measures would create a "welfare state ...", said Mr Brown`: the clause that leads into a
    // quotation closing just before the cue is said too, a mixed report. A quotation that opens its sentence, or
    // follows a colon, is said alone.
    private Span? ClauseEndingInQuote(int end, int q)
    {
        var open = end;
        while (open > _a && _quoteOf[open - 1] == q)
        {
            open--;
        }

        var lead = IsQuoteMark(open - 1) ? open - 2 : open - 1;
        if (lead < _a || !IsWord(lead) || !IsWord(_a))
        {
            return null;
        }

        for (var k = _a; k <= lead; k++)
        {
            if (_quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ':'))
            {
                return null;
            }
        }

        var close = end + 1;
        while (close < _b && IsPunct(close, ','))
        {
            close++;
        }

        return ContentBetween(_a, IsQuoteMark(close) ? close : end) is { } whole && whole.End >= _quotes[q].Inner.End ? whole : null;
    }

    // The content stops where a coordinated clause with its own reporting verb begins ("..., and insisted ...",
    // "and said he would appeal", "and accuses the group of ...").
    protected int ClauseEnd(int start)
    {
        // A present cue ("says") is coordinated with a present one ("and accuses"); after a past cue an -s word is
        // more often a plural ("said the reports and claims that followed were false").
        var cue = start - 1 >= _a && Is(start - 1, "that") ? start - 2 : start - 1;
        var present = cue >= _a && IsWord(cue) && W(cue).EndsWith('s') && _lexicon.Strength(W(cue)) >= _minStrength;
        var relative = RelativePronounBefore(cue);
        var fronted = InFrontedClause(cue);
        var heard = cue >= _a && IsCourtHeard(cue);
        var brackets = 0;
        for (var j = start + 1; j < _b - 1; j++)
        {
            brackets += IsPunct(j, '(') ? 1 : IsPunct(j, ')') ? -1 : 0;

            // "When my mother mentioned the devil to me, I laughed": a clause set before the main one ends at its comma.
            if (fronted && brackets <= 0 && _quoteOf[j] < 0 && IsPunct(j, ',') && IsWord(j + 1))
            {
                return j - 1;
            }

            // "..., a claim that could not be independently verified": the reporter's word on the claim, not the claim.
            if (_quoteOf[j] < 0 && IsPunct(j, ',') && (Is(j + 1, "a") || Is(j + 1, "an")) && VerdictNouns.Contains(W(j + 2))
                && (Is(j + 3, "that") || Is(j + 3, "which") || Is(j + 3, "it") || IsCapitalised(j + 3) || Definite.Contains(W(j + 3)) || Is(j + 3, "denied") || Is(j + 3, "rejected") || Is(j + 3, "disputed")))
            {
                return j - 1;
            }

            // "The bill, which ministers claim will tackle crime, is expected to ...": the relative clause closes
            // before the main clause's verb; "Councillor Hale, who proposed the idea, says ...": one whose pronoun is
            // the cue's subject closes before the main clause's cue too.
            // "Rwanda, which the UN accuses of backing the rebels, denies ...": or before the main clause's own report.
            if (relative >= 0 && _quoteOf[j] < 0 && IsPunct(j, ',') && IsWord(j + 1)
                && (FiniteAuxiliaries.Contains(W(j + 1)) || W(j + 1) is "did" or "does" || (relative == cue - 1 && IsSureReportVerb(j + 1))
                    // "accused Spotify, which complained to the EU in 2019, of wanting ...": the outer verb's complement.
                    || (relative == cue - 1 && W(j + 1) is "of" or "for" or "over")
                    || (char.IsLower(W(j + 1)[0]) && (IsPastTense(W(j + 1)) || (W(j + 1).EndsWith('s') && _lexicon.Strength(W(j + 1)) >= _minStrength)))))
            {
                return j - 1;
            }

            // "said the plan would work and added that ...", "said crossings had fallen but warned that ...": the
            // speaker's next report ends this one. A court that heard something reports nothing next ("heard he
            // burst in and demanded ..."), nor does a name's age ("told the jury Paul Dawson, 52, attacked").
            if (_quoteOf[j] < 0 && !heard && (Is(j, "and") || Is(j, "but") || IsPunct(j, ',') || IsPunct(j, ';')) && IsWord(j + 1)
                && char.IsLower(W(j + 1)[0]) && _lexicon.Strength(W(j + 1)) >= _minStrength && !IsSetOffName(j) && !IsAfterAge(j)
                && (IsPastTense(W(j + 1)) || (present && IsPresentVerb(j + 1))
                    || (IsPunct(j, ',') && W(j + 1).EndsWith("ing", StringComparison.Ordinal))))
            {
                return j - 1;
            }

            if (_quoteOf[j] < 0 && IsPunct(j, ',') && IsWord(j + 1) && IsParticipleWithThat(j + 1))
            {
                return j - 1;
            }

            if (_quoteOf[j] < 0 && IsPunct(j, ',') && (Is(j + 1, "while") || Is(j + 1, "whereas") || Is(j + 1, "but") || Is(j + 1, "although") || Is(j + 1, "though")
                    || (Is(j + 1, "and") && IsWord(j + 2) && (IsPeopleNoun(W(j + 2)) || Determiners.Contains(W(j + 2)) || IsCapitalised(j + 2))))
                && HasOwnReport(j + 2))
            {
                // "had failed a drugs test and, although it was reported ...": the "and" joins nothing left in the report.
                return Is(j - 1, "and") && j - 2 > start ? j - 2 : j - 1;
            }

            // "Israel has said Hamas uses hospitals as command centres, which the group denies.": the one denying closes
            // the sentence with a report of its own.
            if (_quoteOf[j] < 0 && IsPunct(j, ',') && Is(j + 1, "which") && IsWord(j + 2) && (IsCapitalised(j + 2) || Determiners.Contains(W(j + 2)) || Pronouns.Contains(W(j + 2)))
                && EndsAfterReport(j + 3))
            {
                return j - 1;
            }

            // "said it had shot down 42 drones, as Moscow claimed to have captured a village": another's report, its
            // verb right after a short subject ("as the promised benefits ... were larger" gives a reason instead).
            if (_quoteOf[j] < 0 && IsPunct(j, ',') && Is(j + 1, "as") && IsWord(j + 2) && (IsCapitalised(j + 2) || Determiners.Contains(W(j + 2)) || IsPeopleNoun(W(j + 2)))
                && ReportSoonAfter(j + 2))
            {
                return j - 1;
            }

            // "Ukraine says it shot down 40 drones; Russia claims gains", "has promised to fix the problem; every one has
            // fallen short": a semicolon closes the report; what follows is another's or the writer's.
            if (_quoteOf[j] < 0 && brackets <= 0 && IsPunct(j, ';') && IsWord(j + 1) && char.IsWhiteSpace(_text[_tokens[j].Span.End]))
            {
                return j - 1;
            }

            // "said a new round could begin, but added that expectations were low": the speaker's next report.
            if (_quoteOf[j] < 0 && IsPunct(j, ',') && Is(j + 1, "but") && IsWord(j + 2) && IsSureReportVerb(j + 2))
            {
                return j - 1;
            }

            // "..., mediators said on Sunday.": the whole sentence's own reporter, after what the cue reported.
            if (_quoteOf[j] < 0 && IsPunct(j, ',') && IsWord(j + 1) && !Is(j + 1, "which") && !Is(j + 1, "who") && !Is(j + 1, "that")
                && (IsCapitalised(j + 1) || Pronouns.Contains(W(j + 1)) || Determiners.Contains(W(j + 1)) || IsPeopleNoun(W(j + 1)) || DocumentNouns.Contains(W(j + 1))
                    || PossessivePronouns.Contains(W(j + 1))
                    // "..., party sources told the BBC.": a modifier before the people.
                    || (j + 2 < _b && IsWord(j + 2) && IsPeopleNoun(W(j + 2))))
                && ReporterCloses(j + 1))
            {
                return j - 1;
            }
        }

        return _b - 1;
    }

    private static readonly WordSet Denials = new("denies", "deny", "disputes", "dispute", "rejects", "reject", "contests", "contest");

    private static readonly WordSet CallVerbs = new("call", "calls", "called", "calling");

    private static readonly WordSet Manners = new("smile", "laugh", "grin", "shrug", "nod", "sigh", "chuckle");

    protected static readonly WordSet AgreeVerbs = new(
        "agree", "agrees", "agreed", "agreeing", "disagree", "disagrees", "disagreed", "disagreeing", "sided", "sides", "siding");

    private static readonly WordSet FrontedClauseOpeners = new(
        "when", "while", "after", "before", "if", "although", "though", "because", "since", "once", "until", "unless", "whenever");

    // Whether the cue sits in a subordinate clause that opens the sentence, with no comma yet between.
    private bool InFrontedClause(int cue)
    {
        if (cue <= _a || !FrontedClauseOpeners.Contains(W(_a)) || _quoteOf[_a] >= 0)
        {
            return false;
        }

        for (var k = _a + 1; k < cue; k++)
        {
            if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return false;
            }
        }

        return true;
    }

    protected static readonly WordSet VerdictNouns = new(
        "claim", "figure", "allegation", "charge", "assertion", "number", "estimate", "statement", "account", "accusation", "toll");

    // "in a filing with the SEC", "in a statement to the exchange": the words up to the "that" after a medium, or
    // start - 1 when no medium opens the phrase.
    private int MediumPhraseEnd(int start)
    {
        if (MediumNounAt(start) is not { } noun)
        {
            return start - 1;
        }

        for (var k = noun + 1; k < _b && k <= start + 15 && _quoteOf[k] < 0; k++)
        {
            if (Is(k, "that"))
            {
                return k - 1;
            }

            if (!IsWord(k) && !IsPunct(k, '.'))
            {
                break;
            }
        }

        return start - 1;
    }

    // "in a statement", "in a news release on Monday": the token after a medium and its time, or start.
    private int MediumOpeningEnd(int start) =>
        MediumNounAt(start) is { } noun ? (PastTimePhrase(noun + 1) is var after && after > noun + 1 ? after : noun + 1) : start;

    // The medium noun of "in a filing", "on his blog post", "in a news release" opening at start.
    private int? MediumNounAt(int start)
    {
        if (!(Is(start, "in") || Is(start, "on")) || !IsWord(start + 1) || !(Determiners.Contains(W(start + 1)) || PossessivePronouns.Contains(W(start + 1))))
        {
            return null;
        }

        for (var noun = start + 2; noun < _b && noun <= start + 4 && IsWord(noun); noun++)
        {
            if (MediumNouns.Contains(W(noun)))
            {
                return noun;
            }
        }

        return null;
    }

    private static readonly WordSet MediumNouns = new(
        "filing", "statement", "letter", "post", "interview", "report", "memo", "email", "briefing", "note", "submission", "tweet", "video",
        "release", "conference", "speech", "address", "broadcast");

    // ", which ministers claim", ", who critics say": the cue's clause is set off inside the sentence.
    // The "which" or "who" after a comma that opens the clause of the cue at token cue, within a few words, or -1.
    private int RelativePronounBefore(int cue)
    {
        for (var k = cue - 1; k > _a && k >= cue - 4 && IsWord(k); k--)
        {
            if ((Is(k, "which") || Is(k, "who")) && IsPunct(k - 1, ','))
            {
                return k;
            }
        }

        return -1;
    }

    // A short subject, a sure reporting verb and at most a time after it, to the sentence's end.
    private bool ReporterCloses(int start)
    {
        // "..., a source familiar with the investigation said.": a described speaker takes a few more words, and its
        // bracketed initials ("..., the National Education Union (NEU) has announced.").
        for (var k = start + 1; k < _b && k <= start + 9 && (IsWord(k) || IsPunct(k, '(') || IsPunct(k, ')') || IsPossessive(k) || W(k) is "'" or "’") && _quoteOf[k] < 0; k++)
        {
            // "..., Teesside Crown Court heard.": what the court heard closes the sentence as a reporter does.
            // "..., US media report.": a plural reporter closing the sentence.
            if (IsSureReportVerb(k) || IsCourtHeard(k) || (Is(k, "report") && (k + 1 >= _b || (k + 2 >= _b && IsPunct(k + 1, '.')))) || (IsWord(k) && W(k).EndsWith("ed", StringComparison.Ordinal) && _lexicon.Strength(W(k)) >= 0.8)
                || (DocumentVerbs.Contains(W(k)) && HeadsWithDocument(start, k)))
            {
                // "..., their union said on Friday, raising the prospect of ...": what follows a comma after the
                // reporter is the reporter's own phrase.
                var rest = 0;
                for (var r = k + 1; r < _b && !(IsPunct(r, ',') && r + 1 < _b && IsWord(r + 1) && (W(r + 1).EndsWith("ing", StringComparison.Ordinal) || AdjunctPrepositions.Contains(W(r + 1)))); r++)
                {
                    rest += IsWord(r) ? 1 : 0;
                }

                // "..., Dana Whitlock told analysts on a conference call.": where it was said, after whom it was told.
                var where = k + 1 + (Is(k, "told") && IsWord(k + 1) && !AdjunctPrepositions.Contains(W(k + 1)) ? 1 : 0);
                return rest <= 3 || (rest <= 8 && IsSureReportVerb(k) && !HasRelative(start, k) && where < _b && AdjunctPrepositions.Contains(W(where)) && !HasClausePunctuation(where, _b));
            }
        }

        return false;
    }

    protected static readonly WordSet AdjunctPrepositions = new(
        "in", "on", "at", "during", "via", "through", "after", "before", "from", "while", "ahead", "outside", "inside", "near", "amid");

    // "..., ruling that it likely violates the constitution": a participle after a comma that takes a that-clause
    // reports, however seldom the word ("ruling", "finding") is a verb elsewhere.
    protected bool IsParticipleWithThat(int i) =>
        i - 1 > _a && IsPunct(i - 1, ',') && Is(i + 1, "that") && W(i).EndsWith("ing", StringComparison.Ordinal)
        && _lexicon.Strength(W(i)) >= AttributionFinder.MinModelStrength;

    // "..., minutes of the meeting showed.": a record shows what the clause before says.
    private bool HeadsWithDocument(int start, int verb)
    {
        for (var k = start; k < verb; k++)
        {
            if (DocumentNouns.Contains(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasRelative(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Is(k, "that") || Is(k, "which") || Is(k, "who"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasClausePunctuation(int from, int to)
    {
        for (var k = from; k < to - 1; k++)
        {
            if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':') || IsQuoteMark(k))
            {
                return true;
            }
        }

        return false;
    }

    // "the court heard", "the inquest heard": evidence a court was given, reported as its speaker's would be.
    // "a court has heard" too.
    protected bool IsCourtHeard(int k) => Is(k, "heard") && k - 1 >= _a
        && (CourtNouns.Contains(W(k - 1)) || ((Is(k - 1, "has") || Is(k - 1, "have") || Is(k - 1, "had")) && CourtNouns.Contains(W(k - 2))));

    // "said", "told", "warned", "says": a finite form of one of the lexicon's surest reporting verbs.
    private bool IsSureReportVerb(int k) =>
        _lexicon.Strength(W(k)) >= 0.9 && (IsPastTense(W(k)) || W(k) is "says" or "say");

    // "..., while police in Gloucestershire said a man had died": a clause of its own with a reporting verb of the
    // lexicon's surest, a few words in.
    // "told the Business and Trade Committee that", "told the Department of Health that": a name's own "and" or "of".
    private bool IsInsideName(int k) =>
        k - 1 >= _a && W(k) is "and" or "of" or "for" && IsCapitalised(k - 1) && IsCapitalised(k + 1) && !Pronouns.Contains(W(k + 1));

    // The comma closing a name's age: "Paul Dawson, 52,".
    private bool IsAfterAge(int comma) =>
        comma - 3 >= _a && IsPunct(comma, ',') && IsNumber(comma - 1) && IsPunct(comma - 2, ',') && IsCapitalised(comma - 3);

    private bool ReportSoonAfter(int subject)
    {
        for (var k = subject + 1; k < _b && k <= subject + 3 && IsWord(k) && _quoteOf[k] < 0; k++)
        {
            if (char.IsLower(W(k)[0]) && !Determiners.Contains(W(k - 1)) && IsSureReportVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    // "the model, called o1, spent ...": a thing's name set off by commas, not the speaker's next report.
    private bool IsSetOffName(int comma) =>
        IsPunct(comma, ',') && W(comma + 1) is "called" or "named" or "dubbed" or "nicknamed" && IsWord(comma - 1) && char.IsLower(W(comma - 1)[0])
        && (IsPunct(comma + 3, ',') || IsCapitalised(comma + 2));

    protected int? ThatAfterAddressee(int from)
    {
        for (var k = from; k < _b && k <= from + 6 && (IsWord(k) || IsPossessive(k)) && _quoteOf[k] < 0; k++)
        {
            if (Is(k, "that"))
            {
                return k > from ? k : null;
            }
        }

        return null;
    }

    private bool EndsAfterReport(int from)
    {
        for (var k = from; k < _b && k <= from + 3 && IsWord(k) && _quoteOf[k] < 0; k++)
        {
            if (IsSureReportVerb(k) || Denials.Contains(W(k)))
            {
                return k + 1 >= _b || IsPunct(k + 1, '.') || IsPunct(k + 1, ';') || (Is(k + 1, "it") && (k + 2 >= _b || IsPunct(k + 2, '.')));
            }
        }

        return false;
    }

    private bool HasOwnReport(int start)
    {
        for (var k = start + 1; k < _b && k <= start + 8 && IsWord(k) && _quoteOf[k] < 0; k++)
        {
            // ", while the court heard that ...", ", and builders complain that ...": a report of its own.
            if (IsSureReportVerb(k) || IsCourtHeard(k) || (_lexicon.Strength(W(k)) >= 0.5 && Is(k + 1, "that")))
            {
                return true;
            }

            // ", although the police put the figure at about 4,000": an estimate of its own.
            if (W(k) is "put" or "puts" or "estimated" or "estimates" && Is(k + 1, "the") && W(k + 2) is "figure" or "number" or "total" or "toll" or "crowd" or "cost" or "turnout")
            {
                return true;
            }

            // ", while supporters argue it will ...": a present-tense cue right after its people.
            if (_lexicon.Strength(W(k)) >= 0.5 && char.IsLower(W(k)[0]) && !W(k).EndsWith("ing", StringComparison.Ordinal)
                && (IsPeopleNoun(W(k - 1)) || Is(k - 1, "they") || Is(k - 1, "we")))
            {
                return true;
            }
        }

        return false;
    }

    // "accuses the group", "warns that": an -s form is a verb, not a plural, when an object or clause follows it.
    private bool IsPresentVerb(int t) =>
        W(t) is var w && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && t + 1 < _b && IsWord(t + 1)
        && (Determiners.Contains(W(t + 1)) || ObjectPronouns.Contains(W(t + 1)) || Is(t + 1, "that") || IsCapitalised(t + 1));

    protected void Add(Span content, Span? source, bool vague, Span cue, bool inNounPhrase = false)
    {
        // A quotation ends on the comma that hands over to "he said"; that comma is not part of what was said.
        while (content.Length > 1 && (_text[content.End - 1] is ',' || char.IsWhiteSpace(_text[content.End - 1])))
        {
            content = content with { End = content.End - 1 };
        }

        // "the minutes showed": a record that shows things is no time.
        if (source is { } who && IsOnlyATime(who) && !DocumentVerbs.Contains(cue.SliceOf(_text)))
        {
            // "Priebus on a Tuesday acknowledged", "A few minutes later they said": a time, not a speaker; the
            // statement stays, its speaker unknown.
            source = null;
            vague = true;
        }

        if (source is { } amount && IsAnAmount(amount))
        {
            // "the £37.5bn predicted in March's budget": an amount is what was predicted, not who predicted it.
            return;
        }

        content = WithoutLeadIn(content);
        var kind = vague ? AttributionKind.Vague : KindFromQuotes(content);
        if (kind is AttributionKind.Indirect or AttributionKind.Vague && (!HasTwoWords(content) || IsRecipientOrMannerOnly(content)))
        {
            // "has sought refuge": one unquoted word is an object, not a statement; nor is whom a report went to
            // ("tweeted to Mohamed", "wrote to the council").
            return;
        }

        if (kind == AttributionKind.Indirect && _rule is AttributionRule.VerbSubject or AttributionRule.VerbSharedSubject
            or AttributionRule.VerbClauseSubject or AttributionRule.VerbAnySubject
            && content.Start > cue.Start && ActionVerbs.Contains(cue.SliceOf(_text)) && IsBareObject(content)
            // "A 2014 study by ... found 31 incidents of voter impersonation": what a study finds is its finding.
            && !(source is { } record && NamesRecord(record)))
        {
            // "Microsoft launched an aggressive campaign", "the team listed their country as Hope": a deed and its
            // object, which asserts nothing a reader could check as somebody's statement.
            return;
        }

        _found.Add(new FoundAttribution(content, kind, source, cue, inNounPhrase, _rule, (float)_probability, _weak));
    }

    private static readonly WordSet TimeModifiers = new(
        "the", "a", "an", "this", "that", "last", "next", "one", "few", "first", "same", "past", "previous", "following",
        "two", "several", "each", "every", "early", "late");
    private static readonly WordSet TimeNouns = new(
        "time", "week", "weeks", "month", "months", "year", "years", "day", "days", "minutes", "hours", "morning", "night",
        "weekend", "evening", "afternoon");

    // A source that is only a time ("Thursday", "a Sunday", "the first time", "Last week", "A few minutes"): a day's
    // name, or a lower-case time noun, after nothing but determiners and time modifiers.
    // Money: digits with a currency sign in or right before them ("£5", "$2m"), or with a scale ("37.5bn").
    private bool IsAnAmount(Span source)
    {
        var text = source.SliceOf(_text).Trim();
        var digits = text.IndexOfAnyInRange('0', '9');
        if (digits < 0 || text.Contains(' '))
        {
            return false;
        }

        var currency = source.Start > 0 && char.GetUnicodeCategory(_text[source.Start - 1]) == UnicodeCategory.CurrencySymbol;
        foreach (var c in text)
        {
            currency |= char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;
        }

        var scale = text.TrimStart("0123456789.,");
        return currency || (digits == 0 && scale is "bn" or "m" or "mn" or "k" or "tn");
    }

    private bool IsOnlyATime(Span source)
    {
        var text = source.SliceOf(_text).Trim();
        var last = text.LastIndexOf(' ');
        var head = last < 0 ? text : text[(last + 1)..];
        if (head.IsEmpty || head.Equals("may", StringComparison.OrdinalIgnoreCase)
            || !((Weekdays.Contains(head) && char.IsUpper(head[0])) || (TimeNouns.Contains(head) && char.IsLower(head[0]))))
        {
            return false;
        }

        var rest = last < 0 ? [] : text[..last];
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (!word.IsEmpty && !TimeModifiers.Contains(word))
            {
                return false;
            }

            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        return true;
    }

    // Verbs of doing that PolNeAR seldom marks as a cue ("became" 7 times in 121, "launched" 9 in 39) and that report no
    // statement when a thing is their object; verbs it marks more often ("listed", "named", "posted") stay for the filter.
    private static readonly WordSet ActionVerbs = new(
        "launched", "launches", "launch", "fired", "fires", "puts", "put", "became", "chose", "chooses", "planned", "plans", "found",
        "named", "renamed", "listed", "requested");

    private bool NamesRecord(Span source)
    {
        foreach (var range in source.SliceOf(_text).Split(' '))
        {
            if (DocumentNouns.Contains(source.SliceOf(_text)[range]))
            {
                return true;
            }
        }

        return false;
    }

    // No clause in it: no "that"/"to"/question word opening it or right before it ("found that samples contained
    // ..."), no finite verb and no quotation inside.
    private bool IsBareObject(Span content)
    {
        if (_text.AsSpan(0, content.Start).TrimEnd().EndsWith("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var k = content.Start;
        var first = true;
        while (k < content.End)
        {
            if (!char.IsLetter(_text[k]))
            {
                if (_text[k] is '"' or '“' or '”' or '\'' or '‘' or '’' && (k == content.Start || !char.IsLetter(_text[k - 1])))
                {
                    return false;
                }

                k++;
                continue;
            }

            var end = k;
            while (end < content.End && (char.IsLetter(_text[end]) || _text[end] is '\'' or '’'))
            {
                end++;
            }

            var word = _text.AsSpan(k, end - k);
            if (FiniteAuxiliaries.Contains(word) || (first && ClauseOpeners.Contains(word)))
            {
                return false;
            }

            first = false;
            k = end;
        }

        return true;
    }

    private static readonly WordSet ClauseOpeners = new(
        "that", "to", "if", "whether", "how", "why", "what", "when", "where", "who", "which");

    // "it added; and, later, \"Kim Jong-un issued ...\"": the linking words before a quotation are the reporter's.
    private Span WithoutLeadIn(Span content)
    {
        var k = content.Start;
        var limit = Math.Min(content.End, content.Start + 24);
        while (k < limit)
        {
            var c = _text[k];
            if (c is '"' or '“')
            {
                if (k == content.Start)
                {
                    return content;
                }

                foreach (var quote in QuotesNear(content))
                {
                    if (quote.Outer.Start == k && quote.Outer.End >= content.End - 1)
                    {
                        return new Span(quote.Inner.Start, Math.Min(content.End, quote.Inner.End));
                    }
                }

                return content with { Start = k };
            }

            if (char.IsLetter(c))
            {
                var end = k;
                while (end < limit && char.IsLetter(_text[end]))
                {
                    end++;
                }

                if (!LeadInWords.Contains(_text.AsSpan(k, end - k)))
                {
                    return content;
                }

                k = end;
            }
            else if (c is ';' or ',' || char.IsWhiteSpace(c))
            {
                k++;
            }
            else
            {
                return content;
            }
        }

        return content;
    }

    private static readonly WordSet LeadInWords = new("and", "but", "then", "later", "also", "again");

    // A short "to ..." or "with ..." phrase that ends where a clause or sentence goes on, or how it was said.
    private bool IsRecipientOrMannerOnly(Span content)
    {
        var text = content.SliceOf(_text);
        // "tweeted using his @POTUS account", "said via a spokesman": how it was said.
        if ((text.StartsWith("using ", StringComparison.Ordinal) || text.StartsWith("via ", StringComparison.Ordinal)) && text.Count(' ') <= 4)
        {
            return true;
        }

        if (!(text.StartsWith("to ", StringComparison.Ordinal) || text.StartsWith("with ", StringComparison.Ordinal)) || text.Count(' ') > 3)
        {
            return false;
        }

        // "to Mohamed", "to the council", "to reporters"; not an infinitive ("vowed to fight on").
        var next = text[(text.IndexOf(' ') + 1)..];
        next = next.IndexOf(' ') is var space and >= 0 ? next[..space] : next;
        if (text[0] == 't' && !(char.IsUpper(next[0]) || Determiners.Contains(next) || PossessivePronouns.Contains(next) || IsPeopleNoun(next)))
        {
            return false;
        }

        var after = _text.AsSpan(content.End).TrimStart();
        return after.IsEmpty || after[0] is '.' or ',' or ';' || after.StartsWith("and ", StringComparison.Ordinal) || after.StartsWith("but ", StringComparison.Ordinal);
    }

    protected bool HasTwoWords(Span content)
    {
        var words = 0;
        var start = content.Start;
        for (var k = 0; k < content.Length && words < 2; k++)
        {
            var letter = char.IsLetterOrDigit(_text[start + k]);
            if (letter && (k == 0 || !char.IsLetterOrDigit(_text[start + k - 1])))
            {
                words++;
            }
        }

        return words >= 2;
    }

    // Quoted throughout is direct; "Rathbun asserted that officials, \"... plied the detective\"" keeps a few words of
    // the reporter's own, and is mixed however long the quotation (a word or two of letters outside may be a
    // remnant such as a language tag).
    protected AttributionKind KindFromQuotes(Span content)
    {
        var quoted = 0;
        var at = content.Start;
        var outside = 0;
        var opening = -1;
        foreach (var quote in QuotesNear(content))
        {
            if (quote.Inner.Overlaps(content) && !IsQuotedName(quote, content))
            {
                quoted += Math.Min(quote.Inner.End, content.End) - Math.Max(quote.Inner.Start, content.Start);
                outside += Letters(at, Math.Max(at, quote.Inner.Start));
                at = Math.Max(at, quote.Inner.End);
                opening = opening < 0 ? quote.Outer.Start : opening;
            }
        }

        outside += Letters(at, content.End);
        return quoted == 0 ? AttributionKind.Indirect
            : quoted >= content.Length * 0.8 && outside <= MaxUnquotedLetters && !OwnWordBefore(content.Start, opening) ? AttributionKind.Direct
            : AttributionKind.Mixed;
    }

    // `said she "held the community together"`: a word of the reporter's own before the quotation makes it mixed.
    private bool OwnWordBefore(int start, int opening)
    {
        if (opening <= start)
        {
            return false;
        }

        var before = _document.Text.AsSpan(start, opening - start).Trim();
        foreach (var c in before)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !before.IsEmpty;
    }

    private const int MaxUnquotedLetters = 3;

    // A robot "named \"Better Idea of Afghan Girls\"", a country listed as "Hope": a quoted name inside an
    // unquoted content is a title, not the speaker's words.
    private bool IsQuotedName(Quote quote, Span content)
    {
        if (quote.Outer.Start < content.Start || quote.Outer.End > content.End || quote.Inner.Length > 40
            || (quote.Outer.Start == content.Start && quote.Outer.End >= content.End - 1))
        {
            return false;
        }

        var words = 0;
        for (var k = quote.Inner.Start; k < quote.Inner.End; k++)
        {
            if (char.IsLetter(_text[k]) && (k == quote.Inner.Start || !char.IsLetter(_text[k - 1])))
            {
                var end = k;
                while (end < quote.Inner.End && char.IsLetter(_text[end]))
                {
                    end++;
                }

                if (char.IsLower(_text[k]) && !NameParticles.Contains(_text.AsSpan(k, end - k)))
                {
                    return false;
                }

                words++;
            }
        }

        return words is > 0 and <= 6;
    }

    private static readonly WordSet NameParticles = new("of", "the", "and", "for", "in", "on", "a", "to");

    private int Letters(int from, int to)
    {
        var n = 0;
        for (var k = from; k < to && n <= MaxUnquotedLetters; k++)
        {
            n += char.IsLetterOrDigit(_text[k]) ? 1 : 0;
        }

        return n;
    }

    protected IEnumerable<Quote> QuotesNear(Span content)
    {
        var lo = 0;
        var hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_quotes[mid].Inner.End <= content.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < _quotes.Count && _quotes[k].Inner.Start < content.End; k++)
        {
            yield return _quotes[k];
        }
    }

    // The comma that closes a phrase within the next few tokens, outside quotations.
    protected int? ClauseComma(int from, int limit)
    {
        for (var k = from; k < _b && k < from + limit; k++)
        {
            if (IsPunct(k, ',') && _quoteOf[k] < 0)
            {
                return k;
            }
        }

        return null;
    }

    // Skips "that", colons and commas after a cue, and a short object before "that" ("told reporters that").
    protected int FirstContentToken(int start)
    {
        // "wrote to the board that the plan was dead": whom the letter went to, then what it said.
        if (Is(start, "to") && start > _a && IsWritingVerb(W(start - 1)) && ThatAfterAddressee(start + 1) is { } that)
        {
            return that + 1;
        }

        // "As you pointed out, people jumped to conclusions": the particle is the cue's, the clause after it the content.
        var particle = start + 2 < _b && Is(start, "out") && IsPunct(start + 1, ',') && _quoteOf[start] < 0 && IsWord(start + 2);
        if (particle)
        {
            start++;
        }

        // "lashed out at the rules", "ruled out raising rates", "called on the board to resign", "called for an inquiry": the
        // particle is the cue's; what follows it is what was said.
        // "warned of a looming famine": the preposition is the cue's too.
        if (!particle && start + 3 < _b && _quoteOf[start] < 0 && IsWord(start + 1) && IsWord(start + 2) && IsWord(start + 3) && start > _a
            && Is(start, "of") && W(start - 1) is "warned" or "warns" or "warn" or "warning")
        {
            start++;
        }
        else if (!particle && start + 2 < _b && _quoteOf[start] < 0 && IsWord(start + 1) && IsWord(start + 2) && start > _a
            && (Is(start, "out") || ((Is(start, "on") || Is(start, "for")) && CallVerbs.Contains(W(start - 1)))
                // "agreed with McLenny", "disagrees with her former boss": whom the speaker sides with or against.
                || (Is(start, "with") && AgreeVerbs.Contains(W(start - 1)) && !Manners.Contains(W(start + 2)))))
        {
            start += Is(start, "out") && (Is(start + 1, "at") || Is(start + 1, "against") || Is(start + 1, "of")) && start + 3 < _b && IsWord(start + 3) ? 2 : 1;
        }

        // "As the Guardian reported last week, the deal collapsed", "said on Monday, "We will ..."": when, then what.
        var when = !particle && start < _b ? PastTimePhrase(start) : start;
        // Not "Fiat said this week, as it exits ...": there the words after the comma are no report's.
        var timed = when > start && when + 1 < _b && IsPunct(when, ',') && _quoteOf[when] < 0
            && (IsQuoteMark(when + 1) || (Is(_a, "as") && IsWord(when + 1)));
        if (timed)
        {
            start = when;
        }

        // "claimed, without evidence, that ...": a manner phrase set off by commas before "that".
        if (IsPunct(start, ',') && _quoteOf[start] < 0)
        {
            for (var k = start + 1; k < _b && k <= start + 6 && IsWord(k) && _quoteOf[k] < 0; k++)
            {
                if (IsPunct(k + 1, ',') && Is(k + 2, "that"))
                {
                    return k + 3;
                }
            }
        }

        if (particle || timed)
        {
            start++;
        }

        var j = start;
        // "told subcommittee Chairman Rep. Dan Glickman, D-Kans., that ...": whom the cue tells may have an apposition.
        var told = start > _a && TellVerbs.Contains(W(start - 1));
        // "said in a filing with the Securities and Exchange Commission that ...": where it was said, whatever its words.
        var medium = MediumPhraseEnd(start);
        for (var k = start; k < Math.Min(start + (told || medium > start ? 16 : 9), _b); k++)
        {
            if (k <= medium)
            {
                continue;
            }

            // "told me, on condition that I not name her country, that ...": the condition is no content.
            if (Is(k, "condition") && Is(k - 1, "on") && Is(k + 1, "that") && ClauseComma(k + 2, 14) is { } conditionEnd)
            {
                k = conditionEnd;
                continue;
            }

            // "told Reuters on condition of anonymity that ...": why the name is left out, no content.
            if (Is(k, "on") && Is(k + 1, "condition") && Is(k + 2, "of") && Is(k + 3, "anonymity"))
            {
                k += 3;
                continue;
            }

            if (Is(k, "that") && _quoteOf[k] < 0)
            {
                // "rejected any deal that would cede land": a "that" with a verb right after it opens a relative
                // clause of the object, which is what the cue is about; right after the cue it is the content's
                // subject ("said that could turn into a trend").
                // "confident that covers the award", "said that meant the end": a verb and its object after "that".
                if (!told && (FiniteAuxiliaries.Contains(W(k + 1)) || (k == start && IsDemonstrativeSubject(k))))
                {
                    if (k == start)
                    {
                        return k;
                    }

                    break;
                }

                // "finds a bitter comedy in the role that most actors miss", "releasing a console that it says will
                // ...": after a thing the cue has as its object, "that" opens a relative clause of it (not after "a
                // warning that", "a statement saying that", "a week later that").
                if (!told && (Is(start, "a") || Is(start, "an")) && k - start >= 3 && IsWord(k - 1) && char.IsLower(W(k - 1)[0])
                    && _lexicon.Strength(W(k - 1)) < 0.3 && !DocumentNouns.Contains(W(k - 1)) && !DayParts.Contains(W(k - 1))
                    && !TimeWords.Contains(W(k - 1)) && !OpeningEnds.Contains(W(k - 1)))
                {
                    break;
                }

                // "said the test could change that.": a pronoun ending the clause, not the start of one ("would tell
                // you that." has no content at all).
                if (k <= start + 1 || !(k + 1 >= _b || IsPunct(k + 1, '.') || IsPunct(k + 1, '?') || IsPunct(k + 1, '!') || IsPunct(k + 1, ';')))
                {
                    j = k + 1;
                }

                break;
            }

            // "wrote on X, formerly Twitter, that ...": an aside set off by commas inside where it was said.
            if (IsPunct(k, ',') && _quoteOf[k] < 0 && k > start && ClauseComma(k + 1, 5) is { } asideEnd && Is(asideEnd + 1, "that"))
            {
                j = asideEnd + 2;
                break;
            }

            // "told reporters on Tuesday that" skips the object; "called for changing the rules that" does not, nor
            // "said the test could change that": a modal is the clause's own verb.
            // "said with a laugh that ..." skips the manner phrase too.
            if ((!IsWord(k) && !(told && k > start && (IsPunct(k, ',') || IsPunct(k, '.')) && _quoteOf[k] < 0))
                || (ObjectBreaks.Contains(W(k)) && !(k == start && Is(k, "with")) && !IsInsideName(k)) || Modals.Contains(W(k))
                // "claimed the transfers were loans that he would repay": a verb of the clause's own.
                || (!told && k > start && FiniteAuxiliaries.Contains(W(k))))
            {
                break;
            }
        }

        if (j == start && told)
        {
            j = PastAddresseeWithoutThat(start);
        }

        // "said in a statement it would appeal", "said in a news release Monday the suspect had fled": where it was
        // said, then what.
        if (j == start && MediumOpeningEnd(start) is var said && said > start && said < _b && IsWord(said)
            && (Pronouns.Contains(W(said)) || Determiners.Contains(W(said)) || IsCapitalised(said) || IsNumber(said)))
        {
            j = said;
        }

        // A clause starts after the time: a subject, not "as MPs grilled him" nor "to stop".
        if (j == start && PastTimePhrase(start) is var after && after > start && after < _b && IsWord(after)
            && (!Breaks.Contains(W(after)) || Pronouns.Contains(W(after)))
            // "confirmed earlier reports": a lone adverb only before a subject.
            && (after > start + 1 || Pronouns.Contains(W(after)) || Determiners.Contains(W(after)) || IsCapitalised(after)))
        {
            // "said on Monday it would act", "said this week the talks had failed": when it was said, then what.
            j = after;
        }

        // An opening quotation mark goes with the words before it only when the quotation runs to the clause's end:
        // `that "significant gaps" remained` keeps both its marks.
        while (j < _b && (Skippable.Contains(W(j)) || (IsQuoteMark(j) && _quoteOf[j] < 0 && j + 1 < _b && _quoteOf[j + 1] >= 0 && QuotationEndsClause(_quoteOf[j + 1]))))
        {
            j++;
        }

        return j;
    }

    private bool QuotationEndsClause(int quote)
    {
        var end = _quotes[quote].Outer.End;
        for (var k = _b - 1; k >= _a && _tokens[k].Span.Start >= end; k--)
        {
            if (IsWord(k))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet TellVerbs = new("told", "tell", "tells", "telling", "assured", "assures", "reminded", "informed");
    private static readonly WordSet Addressees = new(
        "reporters", "journalists", "lawmakers", "supporters", "voters", "investors", "analysts", "delegates", "parliament",
        "congress", "students", "listeners", "viewers", "readers", "MPs", "senators", "residents", "workers", "staff",
        "colleagues", "friends", "police", "officers", "detectives", "investigators", "shareholders", "employees", "members",
        "parents", "relatives", "officials", "diplomats", "ministers", "negotiators", "customers", "fans", "followers", "jurors",
        "donors", "allies", "aides", "advisers", "advisors", "executives", "bankers", "doctors", "teachers", "troops", "crowds", "media");

    private static readonly WordSet AddressedBodies = new(
        "court", "jury", "committee", "audience", "crowd", "inquiry", "hearing", "panel", "conference", "newspaper", "paper",
        "agency", "station", "magazine", "programme", "program", "board", "council", "assembly", "house", "senate", "media");

    private bool IsDemonstrativeSubject(int that) =>
        that + 2 < _b && IsWord(that + 1) && char.IsLower(W(that + 1)[0]) && _quoteOf[that + 1] < 0
        && ((W(that + 1).EndsWith('s') && !W(that + 1).EndsWith("ss", StringComparison.Ordinal)) || IsPastTense(W(that + 1)))
        && W(that + 1).Length > 3 && (W(that + 2) is "the" or "a" or "an" or "this" || PossessivePronouns.Contains(W(that + 2)));

    // "told reporters the plan would fail", "told the BBC the talks had stalled", "told him it was over": whom the
    // cue tells is not what was said.
    private int PastAddresseeWithoutThat(int start)
    {
        if (start >= _b || !IsWord(start) || _quoteOf[start] >= 0)
        {
            return start;
        }

        // "..., he told the BBC's Today programme on Monday.": whom he told, and nothing said after it.
        if (IsAddresseeOnly(start))
        {
            return _b;
        }

        if (ObjectPronouns.Contains(W(start)) || Addressees.Contains(W(start)))
        {
            return start + 1;
        }

        // "told financial analysts", "told foreign journalists": a word or two describing whom the cue tells.
        for (var k = start + 1; k <= start + 2 && k < _b && IsWord(k); k++)
        {
            if (Addressees.Contains(W(k)))
            {
                return k + 1;
            }

            if (Breaks.Contains(W(k)) || ObjectBreaks.Contains(W(k)))
            {
                break;
            }
        }

        // "told the court", "told a committee", a headline's "tells court": the body addressed.
        if ((Is(start, "the") || Is(start, "a") || Is(start, "an")) && start + 2 < _b && AddressedBodies.Contains(W(start + 1)))
        {
            return PastBodyComplements(start + 2);
        }

        if (start + 1 < _b && AddressedBodies.Contains(W(start)) && (Pronouns.Contains(W(start + 1)) || Determiners.Contains(W(start + 1))))
        {
            return start + 1;
        }

        if (MediaProgramme(start) is { } programme)
        {
            return programme;
        }

        // "told the French club he will leave", "told his team-mates they had to win": whom the cue tells, a few words
        // after an article or a possessive, then the subject of what was said.
        if (SubjectAfterAddressee(start) is { } subject)
        {
            return subject;
        }

        var first = Is(start, "the") ? start + 1 : start;
        var end = first;
        while (end < _b && IsCapitalised(end) && end - first < 4)
        {
            end++;
        }

        // One capitalised word ("CNN"), or a run after "the" ("the Financial Times"): a longer bare run may hold
        // the subject of what was said ("told Fox News Trump ..."). "told CNN on Sunday he ...": when, then what.
        if (end > first && end < _b && PastTimePhrase(end) is var after && after > end && after < _b
            && (Pronouns.Contains(W(after)) || Determiners.Contains(W(after))))
        {
            return after;
        }

        // "told BBC Radio Five Live he was happy": a run of names before a subject pronoun is whom the cue tells.
        if (end > first && end < _b && Pronouns.Contains(W(end)) && !Is(end, "who") && !Is(end, "you"))
        {
            return end;
        }

        return end > first && end < _b && (first > start || end == first + 1) && (IsWord(end) && !Breaks.Contains(W(end)) || Is(end, "the") || Is(end, "it") || Is(end, "he") || Is(end, "she") || Is(end, "they") || IsExistentialThere(end))
            ? end
            : start;
    }

    private int? SubjectAfterAddressee(int start)
    {
        if (!Determiners.Contains(W(start)) && !PossessivePronouns.Contains(W(start)))
        {
            return null;
        }

        for (var k = start + 1; k <= start + 4 && k < _b && IsWord(k) && _quoteOf[k] < 0; k++)
        {
            if (Pronouns.Contains(W(k)))
            {
                return k > start + 1 && !Is(k, "who") && !Is(k, "you") ? k : null;
            }

            if (Breaks.Contains(W(k)))
            {
                return null;
            }
        }

        return null;
    }

    // "told the BBC there were no plans": "there" with a verb after it opens what was said.
    private bool IsExistentialThere(int k) => Is(k, "there") && k + 1 < _b && ExistentialVerbs.Contains(W(k + 1));

    private static readonly WordSet ExistentialVerbs = new(
        "is", "was", "are", "were", "would", "will", "could", "might", "may", "had", "has", "have", "should", "must", "remained", "remains");

    // "told BBC Radio 4's Today programme there was ...": a broadcaster's programme, up to its noun; what follows it
    // was said.
    private int? MediaProgramme(int start)
    {
        var k = Is(start, "the") ? start + 1 : start;
        var possessive = false;
        for (; k < _b && k < start + 9; k++)
        {
            if (Is(k, "'s") || Is(k, "’s"))
            {
                possessive = true;
            }
            else if (!IsCapitalised(k) && _tokens[k].Kind != TokenKind.Number && !(possessive && (Is(k, "of") || (Is(k, "the") && Is(k - 1, "of")))))
            {
                break;
            }
        }

        // "BBC Radio 4's Today Programme it was ...": a programme named with a capital ends the run itself.
        // "the Today programme": a named programme after "the" needs no possessive.
        possessive |= Is(start, "the") && k > start + 1;
        if (possessive && k < _b && k - 1 > start && IsCapitalised(k - 1) && MediaNouns.Contains(W(k - 1)) && IsWord(k))
        {
            k--;
        }

        if (!possessive || k + 1 >= _b || !MediaNouns.Contains(W(k)) || !IsWord(k + 1) || Is(k + 1, "'s") || Is(k + 1, "’s"))
        {
            return null;
        }

        // "... programme on Monday (that) ..." is left to the time reader.
        return Is(k + 1, "that") ? k + 2
            : Is(k + 1, "on") || Is(k + 1, "in") || Is(k + 1, "at") || Is(k + 1, "during") || Is(k + 1, "last") || Is(k + 1, "this") ? null
            : k + 1;
    }

    private static readonly WordSet MediaNouns = new("programme", "program", "show", "podcast", "newspaper", "website", "channel", "station", "magazine");

    private bool IsAddresseeOnly(int start)
    {
        var words = 0;
        for (var k = start; k < _b; k++)
        {
            if (!IsWord(k))
            {
                if (_quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ':') || (IsPunct(k, ',') && k + 1 < _b && IsWord(k + 1)))
                {
                    return false;
                }

                continue;
            }

            if (++words > 8 || !(IsCapitalised(k) || ObjectPronouns.Contains(W(k)) || Addressees.Contains(W(k)) || AddressedBodies.Contains(W(k))
                || AddresseeWords.Contains(W(k)) || DayParts.Contains(W(k)) || IsTimePhrase(k, _tokens[k].Span.End)))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static readonly WordSet AddresseeWords = new(
        "the", "a", "an", "'s", "’s", "interview", "radio", "television", "TV", "news", "here", "there", "financial", "foreign",
        "local", "state", "national", "visiting", "gathered");

    // "told the board of directors for the National Association of Wheat Growers": whose board is still the addressee.
    private int PastBodyComplements(int j)
    {
        for (var n = 0; n < 3 && j + 1 < _b && (Is(j, "of") || Is(j, "for")); n++)
        {
            var k = Is(j + 1, "the") ? j + 2 : j + 1;
            var end = k;
            while (end < _b && IsCapitalised(end) && end - k < 5)
            {
                end++;
            }

            if (end == k)
            {
                end = k < _b && IsWord(k) && !Breaks.Contains(W(k)) && !ObjectBreaks.Contains(W(k)) ? k + 1 : k;
            }

            if (end == k)
            {
                break;
            }

            j = end;
        }

        return j;
    }

    // "prices rise by 30%", "vehicles (SUVs)": a percent sign or a bracket the content opened is the content's own.
    private bool IsPartOfContent(int first, int last)
    {
        var mark = _text[_tokens[last].Span.Start];
        if (mark == '%')
        {
            return true;
        }

        var opener = mark switch { ')' => '(', ']' => '[', _ => '\0' };
        if (opener == '\0')
        {
            return false;
        }

        var depth = 0;
        for (var t = last; t >= first; t--)
        {
            depth += IsPunct(t, mark) ? 1 : IsPunct(t, opener) ? -1 : 0;
        }

        return depth <= 0;
    }

    // "The economy, officials said, is recovering", "The plan, according to officials, will cost $2bn": a subject
    // with no verb of its own before the report's commas, and its verb right after them. What was said is the whole
    // clause, the report inside it included (a span has no gaps). Null when the report does not stand so.
    protected Span? InsideItsClause(int comma, int closing)
    {
        if (comma - _a < 1 || !IsPunct(comma, ',') || !IsPunct(closing, ',') || closing + 1 >= _b || _quoteOf[closing + 1] >= 0
            || !IsWord(closing + 1) || !(FiniteAuxiliaries.Contains(W(closing + 1)) || (char.IsLower(W(closing + 1)[0]) && IsPastTense(W(closing + 1)))))
        {
            return null;
        }

        // "But the overall picture, they say, is clear": the conjunction joins the sentence to the one before.
        var start = Conjunctions.Contains(W(_a)) ? _a + 1 : _a;
        if (comma - start < 1)
        {
            return null;
        }

        for (var k = start; k < comma; k++)
        {
            if (!IsWord(k) || _quoteOf[k] >= 0 || FiniteAuxiliaries.Contains(W(k)) || Breaks.Contains(W(k)) || (k > start && IsPastTense(W(k))))
            {
                return null;
            }
        }

        return ContentBetween(start, ClauseEnd(closing + 1));
    }

    protected Span? ContentBetween(int first, int last)
    {
        while (last >= first && _tokens[last].Kind is TokenKind.Punctuation && !IsQuoteMark(last) && !IsPartOfContent(first, last))
        {
            last--;
        }

        while (first <= last && (IsPunct(first, ',') || IsPunct(first, ':')))
        {
            first++;
        }

        return first <= last && first >= _a && last < _b ? Tokens(first, last) : null;
    }
}
