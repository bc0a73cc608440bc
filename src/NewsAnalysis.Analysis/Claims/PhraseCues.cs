using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// The attribution rules whose cue is a fixed phrase or a shape, not a reporting word the model decides on:
/// "according to", "In a ... poll," and "in an NBC poll", a speaker's or a dash label before a colon, agentless
/// passives, and frames (a verb group before "that", a colon or a quotation) proposed for the filter to judge.
/// </summary>
internal abstract class PhraseCues : ContentSpans
{
    protected PhraseCues(
        TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf, List<FoundAttribution> found, CueLexicon lexicon, double minStrength)
        : base(document, quotes, quoteOf, found, lexicon, minStrength)
    {
    }

    private static readonly WordSet MeasuredBy = new(
        "rank", "ranks", "ranked", "ranking", "sorted", "grouped", "graded", "rated", "classified", "divided", "varies", "vary",
        "varied", "differ", "differs", "priced", "paid", "adjusted", "weighted", "taxed", "charged", "allocated", "distributed");

    private bool MeasuredBefore(int i)
    {
        for (var k = i - 1; k >= _a && k >= i - 3 && IsWord(k); k--)
        {
            if (MeasuredBy.Contains(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "according to X, Y" and "Y, according to X".
    protected int? AccordingTo(int i)
    {
        if (!Is(i, "according") || !Is(i + 1, "to"))
        {
            return null;
        }

        // "ranks countries according to the steps they take", "went according to plan": by a measure, not a source.
        if (MeasuredBefore(i) || Is(i + 2, "plan") || Is(i + 2, "schedule"))
        {
            return null;
        }

        // The source runs to the comma: "according to police", "according to a report by the ministry".
        var source = RightPhrase(i + 2) ?? UpToComma(i + 2) ?? LeadingWords(i + 2);
        if (source is not { } s)
        {
            return null;
        }

        // "according to Treasury figures", "according to Reuters calculations": a name's record.
        if (IsCapitalised(s.Last) && (DocumentNouns.Contains(W(s.Last + 1)) || RecordWords.Contains(W(s.Last + 1))))
        {
            s = (s.First, s.Last + 1);
        }

        // "According to an advance text released by officials, he told ...", "according to figures published by the ONS":
        // the record and who put it out, up to the comma.
        if (W(s.Last + 1) is "published" or "released" or "compiled" or "prepared" or "issued" && Is(s.Last + 2, "by")
            && UpToComma(i + 2, 14) is { } issued && issued.Last > s.Last)
        {
            s = issued;
        }

        // "according to a memo seen by Reuters": who saw the record is not who wrote it (the article's own name for
        // its source stays "a memo").
        if (s.Last > s.First && W(s.Last) is "seen" or "obtained" && Is(s.Last + 1, "by"))
        {
            s = (s.First, s.Last - 1);
        }

        // "According to Afghan Ambassador to the United States Hamdullah Mohib, ...": the title's "to", "of" or "for"
        // phrase and the name after it belong to the source.
        // So do "familiar with the matter", "close to the talks" and "briefed on the plan" after a person.
        // A name with "and" in it runs on too ("the Natural Hazards Research and Applications Information Center").
        if (((Is(s.Last + 1, "to") || Is(s.Last + 1, "of") || Is(s.Last + 1, "for") || Is(s.Last + 1, "at")) && IsCapitalised(s.Last)
                || (Is(s.Last + 1, "and") && IsCapitalised(s.Last) && IsCapitalised(s.Last + 2))
                || (W(s.Last) is "familiar" or "close" or "briefed" or "involved" && IsWord(s.Last + 1))
                // "according to the latest figures from the Office for National Statistics,", "according to data
                // compiled by Reuters": whose the record is.
                || (DocumentNouns.Contains(W(s.Last)) && (Is(s.Last + 1, "from") || Is(s.Last + 1, "by") || Is(s.Last + 1, "of")
                    || DescribingParticiples.Contains(W(s.Last + 1)))))
            && UpToComma(i + 2, 16) is { } whole && whole.Last > s.Last + 1)
        {
            s = whole;
        }

        // "according to the King's Fund think tank,", "according to Ipsos research firm,": what the named source is.
        if (IsCapitalised(s.Last) && UpToComma(i + 2, 16) is { } described && described.Last > s.Last && described.Last - s.Last <= 3
            && IsDescriptorRun(s.Last + 1, described.Last))
        {
            s = described;
        }

        // "According to the team's coach, Alireza Mehraban, in their first match ...": the name set off after is his. Not
        // a name with its age ("According to the indictment, Daniel Reyes, 44, told clients"), the subject of what is said.
        var nameEnd = s.Last + 2;
        while (nameEnd < _b && nameEnd - s.Last <= 5 && IsCapitalised(nameEnd))
        {
            nameEnd++;
        }

        if (IsPunct(s.Last + 1, ',') && nameEnd > s.Last + 2 && IsPunct(nameEnd, ',') && !IsCapitalised(s.Last) && IsNameRun(s.Last + 2, nameEnd - 1)
            && !IsNumber(nameEnd + 1))
        {
            s = (s.First, nameEnd - 1);
        }

        // "according to the Office for National Statistics (ONS), inflation fell": the initials are the source's.
        if (IsPunct(s.Last + 1, '(') && IsWord(s.Last + 2) && IsPunct(s.Last + 3, ')') && W(s.Last + 2).Length >= 2
            && !W(s.Last + 2).ContainsAnyInRange('a', 'z'))
        {
            s = (s.First, s.Last + 3);
        }

        var cue = Tokens(i, i + 1);
        _rule = AttributionRule.AccordingTo;
        if (InsideItsClause(i - 1, s.Last + 1) is { } around)
        {
            // "The plan, according to officials, will cost $2bn": the report set inside the clause it reports.
            Add(around, Tokens(s.First, s.Last), IsVague(s.First, s.Last), cue);
        }
        else if (i - _a >= 2)
        {
            // `"There is no evidence," according to the report`: what was said is the quotation, without its marks.
            AddLeft(i - 1, Tokens(s.First, s.Last), IsVague(s.First, s.Last), cue);
        }
        else if (ContentBetween(DescribedBy(s.Last) ?? PastSeenBy(s.Last + 1), _b - 1) is { } c)
        {
            Add(c, Tokens(s.First, s.Last), IsVague(s.First, s.Last), cue);
        }

        return s.Last;
    }

    private bool IsDescriptorRun(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!IsWord(k) || !char.IsLower(W(k)[0]) || _quoteOf[k] >= 0 || Determiners.Contains(W(k)) || Pronouns.Contains(W(k))
                || FiniteAuxiliaries.Contains(W(k)) || IsPastTense(W(k)) || Breaks.Contains(W(k)) || W(k).EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "According to Thomas Vinje, a lawyer who has represented complainants, the case shows ...": who the named
    // source is, set off by commas, is not what was said; the token after the closing comma, if so.
    private int? DescribedBy(int name)
    {
        if (!IsCapitalised(name) || !IsPunct(name + 1, ',') || !(Is(name + 2, "a") || Is(name + 2, "an") || Is(name + 2, "the") || Is(name + 2, "who"))
            || ClauseComma(name + 3, 16) is not { } comma || comma + 3 >= _b)
        {
            return null;
        }

        for (var k = name + 3; k < comma && k <= name + 5; k++)
        {
            if (Is(name + 2, "who") || (IsWord(k) && char.IsLower(W(k)[0]) && IsPeopleNoun(W(k))))
            {
                return comma + 1;
            }
        }

        return null;
    }

    private int? ThereIsBefore(int k)
    {
        while (k > _a && ConcernAdjectives.Contains(W(k)))
        {
            k--;
        }

        if (Is(k, "been") && (Is(k - 1, "have") || Is(k - 1, "has")))
        {
            k--;
        }

        return k - 1 >= _a && (Is(k, "are") || Is(k, "is") || Is(k, "were") || Is(k, "was") || Is(k, "have") || Is(k, "has")) && Is(k - 1, "there") ? k - 1 : null;
    }

    private static readonly WordSet ConcernAdjectives = new(
        "growing", "mounting", "widespread", "increasing", "serious", "real", "some", "renewed", "deep", "grave", "new", "also", "now");

    // "seen by the Guardian, the cost has risen": the cost is what was said.
    private int PastSeenBy(int k)
    {
        return (Is(k, "seen") || Is(k, "obtained")) && Is(k + 1, "by") && ClauseComma(k + 2, 9) is { } comma ? comma + 1 : k;
    }

    private static readonly WordSet RecordWords = new("calculations", "estimates", "projections", "forecasts", "sources", "officials", "analysis", "tally", "count");

    // "the paper quoted Mr Chernin as saying ...", "Mr Chernin was quoted as saying ...": the one quoted speaks, not
    // the paper. What was said follows the "as saying" or, when nothing does, is the clause before the reporter.
    protected int? QuotedAs(int i)
    {
        if (!Is(i, "quoted") || _quoteOf[i] >= 0)
        {
            return null;
        }

        (int First, int Last)? speaker;
        int clauseEnd;
        var asAt = i + 1;
        // "Putin was quoted by the Tass news agency as saying ...": who quoted him, then what he said.
        if (Is(asAt, "by") && i - 1 >= _a && Be.Contains(W(i - 1)) && RightPhrase(i + 2) is { } quoter && Is(quoter.Last + 1, "as"))
        {
            asAt = quoter.Last + 1;
        }

        if (Is(asAt, "as"))
        {
            if (i - 1 < _a || !Be.Contains(W(i - 1)))
            {
                return null;
            }

            var subjectEnd = SkipAuxiliariesLeft(i - 1);
            speaker = LeftPhrase(subjectEnd);
            clauseEnd = speaker is { } s ? s.First - 1 : -1;
        }
        else
        {
            speaker = i + 1 < _b && ObjectPronouns.Contains(W(i + 1)) ? (i + 1, i + 1) : RightPhrase(i + 1);
            asAt = speaker is { } s ? s.Last + 1 : -1;
            clauseEnd = LeftPhrase(SkipAuxiliariesLeft(i - 1)) is { } reporter ? reporter.First - 1 : i - 1;
        }

        if (speaker is not { } who || !Is(asAt, "as") || !IsWord(asAt + 1) || !QuotedVerbs.Contains(W(asAt + 1)))
        {
            return null;
        }

        _rule = AttributionRule.QuotedAs;
        _probability = 1;
        _weak = false;
        var source = Tokens(who.First, who.Last);
        var vague = !ObjectPronouns.Contains(W(who.First)) && IsVague(who.First, who.Last);
        var cue = Is(i + 1, "by") ? Tokens(i - 1, i) : Tokens(asAt == i + 1 ? i - 1 : asAt, asAt + 1);
        var start = FirstContentToken(asAt + 2);
        if (start < _b && ContentBetween(start, _b - 1) is not null)
        {
            AddRight(start, source, vague, cue);
        }
        else if (clauseEnd > _a)
        {
            AddLeft(clauseEnd, source, vague, cue);
        }

        return asAt + 1;
    }

    private static readonly WordSet PollOccasions = new(
        "wake", "light", "response", "reaction", "aftermath", "spite", "face", "run-up", "days", "weeks", "months", "hours", "years", "lead-up");

    private static readonly WordSet QuotedVerbs = new("saying", "telling", "stating", "warning", "describing", "calling", "writing");

    // "In a CNN/ORC poll released Monday, 31% of Republicans said ...": the poll is the source of the clause.
    protected int? InPoll(int i)
    {
        // "In the wake of the Times report, ...", "In response to the survey, ...": the report is an occasion, not a source.
        if (i != _a || !Is(i, "in") || (i + 2 < _b && PollOccasions.Contains(W(Is(i + 1, "the") ? i + 2 : i + 1))))
        {
            return null;
        }

        var comma = OpeningPhraseEnd(i, i + 1);
        var poll = false;
        for (var k = i + 1; k < comma; k++)
        {
            poll |= DocumentNouns.Contains(W(k));
        }

        if (!poll || !IsPunct(comma, ',') || comma == i + 1 || ContentBetween(comma + 1, _b - 1) is not { } content)
        {
            return null;
        }

        _rule = AttributionRule.InPoll;
        Add(content, Tokens(i + 1, comma - 1), IsVague(i + 1, comma - 1), Tokens(i, i));
        return comma;
    }

    // The comma that closes a sentence's opening phrase begun at token i, within 14 tokens and outside quotations;
    // otherwise the token where the search stopped.
    private int OpeningPhraseEnd(int i, int from)
    {
        var comma = from;
        while (comma < _b && comma - i <= 14 && !IsPunct(comma, ',') && _quoteOf[comma] < 0)
        {
            comma++;
        }

        return comma;
    }

    // "As stated in Davis' commentary, there are ...", "As noted in the report, ...": the document the clause rests on
    // speaks, as a poll opening a sentence does.
    protected int? AsStatedIn(int i)
    {
        if (i != _a || i + 4 >= _b || !Is(i, "as") || !StatedParticiples.Contains(W(i + 1)) || !Is(i + 2, "in"))
        {
            return null;
        }

        var comma = OpeningPhraseEnd(i, i + 3);
        if (!IsPunct(comma, ',') || comma == i + 3 || ContentBetween(comma + 1, _b - 1) is not { } content)
        {
            return null;
        }

        _rule = AttributionRule.InPoll;
        Add(content, Tokens(i + 3, comma - 1), IsVague(i + 3, comma - 1), Tokens(i, i + 2));
        return comma;
    }

    private static readonly WordSet StatedParticiples = new(
        "stated", "noted", "outlined", "detailed", "described", "mentioned", "shown", "revealed", "documented", "explained",
        "highlighted", "indicated", "suggested", "specified", "reported", "argued", "claimed");

    // A transcript or social-media line: "WALLACE: Let's start ...", "Sanders: Clinton needs to ...".
    protected int? SpeakerLabel(int i)
    {
        if (!IsTurnStart(i) || !IsCapitalised(i) || Labels.Contains(W(i)) || TopicLabels.Contains(W(i)))
        {
            return null;
        }

        // "Said Ellis: \"...\"", "Stated Stone: ...": the verb before the name is the cue.
        var said = InvertedLabelVerbs.Contains(W(i)) && IsCapitalised(i + 1) ? i : -1;
        if (said >= 0)
        {
            i++;
        }

        var last = i;
        while (last + 1 < _b && last - i < 3 && IsCapitalised(last + 1))
        {
            last++;
        }

        // A headline "Warren on the Banks: ...", "Clinton to Planned Parenthood: ...": the speaker, then whom or
        // what about, then what was said.
        var colon = last + 1;
        if ((Is(colon, "on") || Is(colon, "to") || Is(colon, "at")) && IsCapitalised(colon + 1))
        {
            colon += 2;
            while (colon < _b && colon - last < 8 && (IsCapitalised(colon) || IsPossessive(colon)))
            {
                colon++;
            }
        }

        // A transcript's turns may share a paragraph: "KATE BOULDUAN: Why not debate?  JOEL BENENSON: This is ...".
        if (!IsPunct(colon, ':') || ContentBetween(colon + 1, _b - 1) is not { } content
            || (_sentence > 0 && !StartsParagraph() && said < 0 && !IsUpperCaseLabel(i, last))
            || (i > _a + 1 && !IsUpperCaseLabel(i, last)))
        {
            return null;
        }

        // "Superdelegates: 121", "The Latest: Kasich wins", "Contributing: ...", "Ukraine war: ...": a tally or a
        // heading, not speech.
        // A quotation after the colon may be short ("Murray: 'I gave everything'").
        if (Labels.Contains(W(last)) || TopicLabels.Contains(W(last)) || _tokens[colon + 1].Kind == TokenKind.Number
            || WordCount(colon + 1) < (IsQuoteMark(colon + 1) ? 2 : 4))
        {
            return null;
        }

        var cue = said >= 0 ? Tokens(said, said) : Tokens(colon, colon);
        if (said < 0 && (_sentence == 0 || StartsParagraph() || i == _a + 1))
        {
            content = RestOfTurn(content);
        }

        foreach (var quote in QuotesNear(content))
        {
            if (quote.Outer.Start == content.Start && quote.Outer.End >= content.End)
            {
                content = quote.Inner;
                break;
            }

            // `"PENCE: Well, look, ..."`: the quotation's closing mark is not part of the turn.
            if (quote.Outer.Start < content.Start && quote.Outer.End == content.End && quote.Inner.End > content.Start)
            {
                content = content with { End = quote.Inner.End };
            }
        }

        // A transcript's turn (a label in capitals) is the speaker's own words; a headline's "Sanders: ..." may not be.
        var kind = IsUpperCaseLabel(i, last) ? AttributionKind.Direct : KindFromQuotes(content);
        _found.Add(new FoundAttribution(content, kind, Tokens(i, last), cue, Rule: AttributionRule.SpeakerLabel));
        return _b - 1;
    }

    // A transcript turn runs to its paragraph's end ("WALLACE: Let's start with ... . After the debate you said ...").
    private Span RestOfTurn(Span content)
    {
        var end = content.End;
        var paragraphEnd = _text.IndexOf('\n', end);
        paragraphEnd = paragraphEnd < 0 ? _text.Length : paragraphEnd;
        if (paragraphEnd - content.Start > 1500)
        {
            return content;
        }

        while (paragraphEnd > end && (char.IsWhiteSpace(_text[paragraphEnd - 1]) || _text[paragraphEnd - 1] is '.' or '!' or '?' or ','))
        {
            paragraphEnd--;
        }

        // Another speaker's label in the same paragraph ends this turn.
        var label = _text.IndexOf(':', end, paragraphEnd - end);
        return label >= 0 ? content : content with { End = Math.Max(end, paragraphEnd) };
    }

    private static readonly WordSet InvertedLabelVerbs = new("said", "says", "stated", "added", "wrote", "explained", "continued", "replied", "answered", "declared", "tweeted");

    private bool IsUpperCaseLabel(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            foreach (var c in W(t))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return W(first).Length > 1;
    }

    // "TURNOUT WAS NOT A SURPRISE - Ann Lee and Bo Park: “...”", "More from the report: “...”", `... ." Bush:
    // "..."`: a label naming whom the quotation after the colon is from.
    protected int? DashLabel(int i)
    {
        if (!IsLabelStart(i))
        {
            return null;
        }

        var last = i;
        var described = Definite.Contains(W(i));
        while (last + 1 < _b && last - i < 6 && (IsCapitalised(last + 1) || Is(last + 1, "and") || (IsPunct(last + 1, '.') && Titles.Contains(W(last)))
            || (described && IsWord(last + 1) && !Breaks.Contains(W(last + 1)) && _quoteOf[last + 1] < 0)))
        {
            last++;
        }

        if (!IsPunct(last + 1, ':') || !(IsCapitalised(last) || last > i) || !(IsQuoteMark(last + 2) || (last + 2 < _b && _quoteOf[last + 2] >= 0)))
        {
            return null;
        }

        _rule = AttributionRule.DashLabel;
        AddRight(FirstContentToken(last + 2), Tokens(i, last), false, Tokens(last + 1, last + 1));
        return last + 1;
    }

    // Called for every word the scan meets, so the cheap test on the token before comes first.
    protected bool IsLabelStart(int i)
    {
        if (i - 1 < _a)
        {
            return false;
        }

        if (_tokens[i - 1].Kind == TokenKind.Word)
        {
            return _tokens[i - 1].Span.Length == 4 && Is(i - 1, "from") && (IsCapitalised(i) || Definite.Contains(W(i)));
        }

        return IsCapitalised(i) && (IsDashOrHyphen(i - 1) || (IsQuoteMark(i - 1) && ((i - 2 >= _a && (_quoteOf[i - 2] >= 0 || IsPunct(i - 2, '.'))) || IsTurnStart(i))));
    }

    private static readonly WordSet UnnamedReportPrepositions = new(
        "amid", "over", "following", "after", "despite", "about", "against", "on", "by", "with");

    private static readonly WordSet UnnamedReports = new(
        "claims", "reports", "allegations", "suggestions", "rumours", "rumors", "accusations", "speculation", "warnings",
        "predictions", "fears", "concerns");

    // "X is reported to ...", "it is believed that ...", "concerns have been raised about ...": no one is named.
    protected int? Agentless(int i)
    {
        // "Reportedly, the chancellor will also freeze fuel duty": a report by no one named, opening its sentence.
        // ("Allegedly, Thomas' sister pleaded with him ..." is left to the report inside it.)
        if (i == _a && Is(i, "reportedly") && IsPunct(i + 1, ',') && _quoteOf[i] < 0
            && ContentBetween(i + 2, _b - 1) is { } hearsay)
        {
            _found.Add(new FoundAttribution(hearsay, AttributionKind.Vague, null, Tokens(i, i), Rule: AttributionRule.Agentless));
            return i + 1;
        }

        // "resigned amid claims that he had misled parliament", "sued over claims that it forces users to pay": a
        // report named by its noun after a preposition, with no one named for it (not the subject of the sentence).
        // Opening the sentence ("Asked about claims that he did not trust him, Brown replied"), it ends at the comma.
        if (i > _a && UnnamedReportPrepositions.Contains(W(i - 1)) && UnnamedReports.Contains(W(i)) && Is(i + 1, "that") && _quoteOf[i] < 0
            && ContentBetween(i + 2, (i - _a <= 3 || Is(_a, "asked")) && ClauseComma(i + 2, _b - i) is { } openingEnd ? openingEnd - 1 : ClauseEnd(i + 2)) is { } reported)
        {
            _found.Add(new FoundAttribution(reported, AttributionKind.Vague, null, Tokens(i, i), Rule: AttributionRule.Agentless));
            return i + 1;
        }

        // "There are fears that the virus could spread", "There have been growing concerns that ...": a worry set down
        // with nobody named for it.
        if (RaisedConcerns.Contains(W(i)) && Is(i + 1, "that") && ThereIsBefore(i - 1) is { } there && _quoteOf[i] < 0
            && ContentBetween(i + 2, ClauseEnd(i + 2)) is { } feared)
        {
            _found.Add(new FoundAttribution(feared, AttributionKind.Vague, null, Tokens(there, i), Rule: AttributionRule.RaisedConcern));
            return i + 1;
        }

        if (RaisedConcerns.Contains(W(i)) && (Is(i + 1, "have") || Is(i + 1, "has") || Is(i + 1, "were") || Is(i + 1, "was"))
            && (Is(i + 2, "been") ? Raised.Contains(W(i + 3)) ? i + 3 : -1 : Raised.Contains(W(i + 2)) ? i + 2 : -1) is var r && r > 0)
        {
            var start = Is(r + 1, "about") || Is(r + 1, "over") || Is(r + 1, "that") ? r + 2 : r + 1;
            if (ContentBetween(start, _b - 1) is { } about)
            {
                _found.Add(new FoundAttribution(about, AttributionKind.Vague, null, Tokens(i, r), Rule: AttributionRule.RaisedConcern));
            }

            return r;
        }

        // "The government has been accused of covering up the scandal", "The parents are also accused of ...": an
        // accusation with no accuser named.
        if (Is(i, "accused") && Is(i + 1, "of") && _quoteOf[i] < 0 && BeforeAdverbs(i - 1) is var accusedBe && accusedBe > _a
            && Be.Contains(W(accusedBe)) && !HasAgentAfter(i + 2) && ContentBetween(_a, _b - 1) is { } accused)
        {
            var from = Is(accusedBe, "been") && (Is(accusedBe - 1, "has") || Is(accusedBe - 1, "have") || Is(accusedBe - 1, "had")) ? accusedBe - 1 : accusedBe;
            _found.Add(new FoundAttribution(accused, AttributionKind.Vague, null, Tokens(from, i + 1), Rule: AttributionRule.Agentless));
            return i + 1;
        }

        if (CourtHeard(i) is { } heard)
        {
            return heard;
        }

        // "Staff are happier, we are told, and nobody misses Fridays": the reader is told; nobody is named.
        if (Is(i, "told") && i - 3 >= _a && IsPunct(i - 3, ',') && (Is(i - 2, "we") || Is(i - 2, "i"))
            && W(i - 1) is "are" or "were" or "am" or "was" or "'re" or "’re" or "'m" or "’m" && (IsPunct(i + 1, ',') || IsPunct(i + 1, '.') || i + 1 >= _b)
            && ContentBetween(_a, IsPunct(i + 1, ',') ? _b - 1 : i - 4) is { } toldAside)
        {
            _found.Add(new FoundAttribution(toldAside, AttributionKind.Vague, null, Tokens(i - 2, i), Rule: AttributionRule.Agentless));
            return i;
        }

        // "It is understood the deal will be signed": after an empty "it", the clause may follow without "that".
        var bareClause = AgentlessCues.Contains(W(i)) && i - 2 >= _a && Is(i - 2, "it") && (Is(i - 1, "is") || Is(i - 1, "was"))
            && IsWord(i + 1) && (Determiners.Contains(W(i + 1)) || Pronouns.Contains(W(i + 1)) || IsCapitalised(i + 1)) && !Is(i + 1, "to");
        if (!AgentlessCues.Contains(W(i)) || !(Is(i + 1, "to") || Is(i + 1, "that") || bareClause) || Is(i - 1, "had") || Is(i - 1, "has"))
        {
            return null;
        }

        var be = i - 1;
        while (be > _a && (Auxiliaries.Contains(W(be)) || IsAdverb(be)) && !Be.Contains(W(be)))
        {
            be--;
        }

        if (be < _a || !Be.Contains(W(be)))
        {
            return ReducedAgentless(i);
        }

        var cue = Tokens(be, i);
        // "Erdogan, who is expected to visit the region on Wednesday, said ...": what is expected is the relative
        // clause set off by commas (its pronoun to its closing comma), not the sentence it sits in.
        var relative = Is(i + 1, "to") && be - 2 > _a && (Is(be - 1, "who") || Is(be - 1, "which")) && (IsPunct(be - 2, ',') || IsDashOrHyphen(be - 2));
        var content = Is(i + 1, "that") ? ContentBetween(i + 2, _b - 1)
            : bareClause ? ContentBetween(i + 1, _b - 1)
            : relative ? ContentBetween(be - 1, ClauseComma(i + 2, _b - i) is { } comma ? comma - 1 : _b - 1)
            : ContentBetween(_a, _b - 1);
        if (content is { } c && !InsideReportedSpeech(be))
        {
            _found.Add(new FoundAttribution(c, AttributionKind.Vague, null, cue, Rule: AttributionRule.Agentless));
        }

        return i + 1;
    }

    // "The court heard that ...", "the inquest heard", "Jurors were told the victim ...": evidence given, by no
    // one the sentence names.
    private int? CourtHeard(int i)
    {
        int from;
        if (IsCourtHeard(i))
        {
            from = i;
        }
        else if (Is(i, "told") && i - 1 >= _a && (Is(i - 1, "was") || Is(i - 1, "were") || Is(i - 1, "been")) && i - 2 >= _a
            && (Pronouns.Contains(W(i - 2)) || IsPeopleNoun(W(i - 2)) || IsCapitalised(i - 2) || CourtNouns.Contains(W(i - 2))))
        {
            from = Is(i - 1, "been") && i - 2 >= _a && (Is(i - 2, "have") || Is(i - 2, "has") || Is(i - 2, "had")) ? i - 2 : i - 1;
        }
        else if (Is(i, "told") && i - 1 > _a && CourtNouns.Contains(W(i - 1)) && char.IsLower(W(i - 1)[0]) && (i + 1 >= _b || (IsPunct(i + 1, '.') && i + 2 >= _b)))
        {
            // "Nurse 'injected air' into babies, jury told": a headline's passive, the jury is told.
            from = i;
        }
        else
        {
            return null;
        }

        // "..., Teesside Crown Court heard.", "..., a court has heard.", "..., the inquest was told.": the clause before
        // is what it heard.
        if (i + 1 >= _b || (IsPunct(i + 1, '.') && i + 2 >= _b))
        {
            for (var comma = i - 2; comma > _a && comma >= i - 7; comma--)
            {
                if (IsPunct(comma, ','))
                {
                    if (ContentBetween(_a, comma - 1) is { } before)
                    {
                        _rule = AttributionRule.Agentless;
                        Add(before, null, true, Tokens(from, i));
                        return i;
                    }

                    break;
                }
            }

            return null;
        }

        var start = Is(i + 1, "that") ? i + 2 : i + 1;
        if (start >= _b || !IsWord(start) || _quoteOf[start] >= 0 || Is(start, "by") || Is(start, "to")
            // "The High Court heard that midwives had missed signs": a bare plural subject too.
            || !(Pronouns.Contains(W(start)) || Determiners.Contains(W(start)) || IsCapitalised(start) || IsNumber(start) || IsPeopleNoun(W(start))
                 || (Is(i + 1, "that") && IsPlural(start))) || InsideReportedSpeech(from))
        {
            return null;
        }

        _rule = AttributionRule.Agentless;
        AddRight(start, null, true, Tokens(from, i));
        return i;
    }

    // The word before the adverbs ending at token j ("are also", "was reportedly").
    protected int BeforeAdverbs(int j)
    {
        while (j > _a && (IsAdverb(j) || Is(j, "also")))
        {
            j--;
        }

        return j;
    }

    // "Rescuers said the death toll was expected to rise": the passive is part of what a named source said, not a
    // report of its own.
    protected bool InsideReportedSpeech(int j)
    {
        var at = _tokens[j].Span.Start;
        for (var k = _found.Count - 1; k >= 0 && k >= _found.Count - 4; k--)
        {
            var f = _found[k];
            // "According to data compiled by LSEG, revenue is expected to fall": the phrase scores no cue but is sure.
            if (f.Source is not null && !f.Weak && (f.CueScore >= 0.5f || f.Rule == AttributionRule.AccordingTo) && f.Content.Start <= at && at < f.Content.End)
            {
                return true;
            }
        }

        return false;
    }

    // "accused of fraud by the regulator": the accuser is named after all.
    private bool HasAgentAfter(int j)
    {
        for (var k = j; k < _b && k < j + 12; k++)
        {
            if (Is(k, "by"))
            {
                return true;
            }
        }

        return false;
    }

    // "Fallujah, now said to be under U.S. control": the passive without its "is" after a comma (or in a headline);
    // the noun before it is what is reported on, not who reports.
    private int? ReducedAgentless(int i)
    {
        var k = i - 1;
        while (k > _a && (IsAdverb(k) || Is(k, "now") || Is(k, "also")))
        {
            k--;
        }

        // "Microsoft Said to Plan Layoffs": a wire headline drops the "is" too.
        var headline = IsCapitalised(i) && k == i - 1 && IsCapitalised(k) && Is(i + 1, "to") && IsCapitalised(i + 2);
        if (!(headline || (IsPunct(k, ',') && Is(i + 1, "to") && (Is(i + 2, "be") || Is(i + 2, "have")))) || ContentBetween(_a, _b - 1) is not { } content)
        {
            return null;
        }

        _found.Add(new FoundAttribution(content, AttributionKind.Vague, null, Tokens(i, i), Rule: AttributionRule.Agentless));
        return i + 1;
    }

    // A cue with content but no subject the other rules accept ("Several said ...", "One in three said ...", "The
    // report published Tuesday showed ..."): the words before it, back to the clause's start, for the filter.
    protected int? AnySubject(int i, int subjectEnd, int rightContentStart, Span cue)
    {
        var first = subjectEnd + 1;
        while (first - 1 >= _a && subjectEnd - (first - 1) < 6 && IsWord(first - 1) && _quoteOf[first - 1] < 0 && !SubjectStops.Contains(W(first - 1)))
        {
            first--;
        }

        // "stayed certain that" is a verb group the frame rule reads whole; "rejected Mayor Dunn's claim that ..."
        // reports the object's words, not the subject's.
        // A phrase opening with a preposition ("Despite international calls for ...") is no subject.
        if (first > subjectEnd || (first - 1 >= _a && IsWord(first - 1) && !SubjectStops.Contains(W(first - 1)))
            || (Breaks.Contains(W(first)) && !CountWords.Contains(W(first)))
            || (char.IsLower(W(subjectEnd)[0]) && IsPastTense(W(subjectEnd)))
            // "denies supporting the group", "becomes shouting": a verb right before the cue is no subject.
            || (char.IsLower(W(subjectEnd)[0]) && (NotVerbCues.Contains(W(subjectEnd))
                || (W(subjectEnd).EndsWith('s') && !IsPeopleNoun(W(subjectEnd)) && _lexicon.Strength(W(subjectEnd)) >= _minStrength)))
            || IsCompoundParticiple(subjectEnd))
        {
            return null;
        }

        for (var k = i + 1; k < rightContentStart; k++)
        {
            if (IsWord(k) && !Is(k, "that"))
            {
                return null;
            }
        }

        // "..., saying the courts have no business deciding what ...": the words are another report's content;
        // "..., raising fresh questions about ...": a participle after a comma opens no speaker.
        if (W(first).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(W(first)[0])
            && (_lexicon.Strength(W(first)) >= _minStrength || IsPunct(first - 1, ',')))
        {
            return null;
        }

        var weak = _weak;
        _weak = true;
        _rule = AttributionRule.VerbAnySubject;
        first = AfterInnerCue(first, subjectEnd);
        var last = SubjectBeforeVerb(first, subjectEnd);
        AddRight(rightContentStart, Tokens(first, last), IsVague(first, last), cue);
        _weak = weak;
        return i;
    }

    private static readonly WordSet ClausePrepositions = new(
        "in", "on", "at", "amid", "with", "by", "from", "after", "before", "during", "over", "under", "into", "to", "like", "than", "since");

    // "the truck story suggests the Mexican government understands": the words after a reporting verb inside them
    // are the subject of the clause it reports.
    private int AfterInnerCue(int first, int last)
    {
        for (var k = last - 1; k > first; k--)
        {
            var w = W(k);
            var finite = (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) || w.EndsWith("ed", StringComparison.Ordinal);
            if (finite && char.IsLower(w[0]) && !Breaks.Contains(w) && !Is(k + 1, "of") && !Determiners.Contains(W(k - 1)) && !IsPossessive(k - 1)
                && _lexicon.Strength(w) >= _minStrength)
            {
                return Is(k + 1, "that") && k + 1 < last ? k + 2 : k + 1;
            }
        }

        return first;
    }

    // "Daiwa Securities jumped amid speculation that", "Trump was heard on a microphone telling": the words before
    // a cue with no subject of its own often hold a clause; who speaks is the part before its verb or preposition.
    private int SubjectBeforeVerb(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            var w = W(k);
            // "people close to the talks", "those familiar with the plan" are who speaks, whole.
            if ((Is(k, "to") && Is(k - 1, "close")) || (Is(k, "with") && Is(k - 1, "familiar")))
            {
                continue;
            }

            if (char.IsLower(w[0]) && (FiniteAuxiliaries.Contains(w) || ClausePrepositions.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal)
                || w.EndsWith("ing", StringComparison.Ordinal) || IsIrregularPast(w)))
            {
                return k - 1;
            }
        }

        return last;
    }

    // "Clinton led Sanders 2-1 in an NBC News/Marist poll": the poll is the source of the clause before it.
    protected int? InPollPhrase(int i)
    {
        var end = i + 1;
        while (end < _b && end - i <= 8 && IsWord(end) && _quoteOf[end] < 0 && !PollNouns.Contains(W(end)) && (!Breaks.Contains(W(end)) || Is(end, "of")))
        {
            end++;
        }

        if (end >= _b || end == i + 1 || !IsWord(end) || !PollNouns.Contains(W(end)) || ContentBetween(_a, i - 1) is not { } content)
        {
            return null;
        }

        _probability = 0;
        _weak = true;
        _rule = AttributionRule.InPollPhrase;
        Add(content, Tokens(i + 1, end), false, Tokens(i, i));
        return end;
    }

    // "As the mayor put it, ...", "..., as one aide put it.", "As Ada Lind, the harbour master, put it: ...": the
    // speaker between "as" and "put it"; what was said follows it, or comes before "as".
    protected int? AsPutIt(int i)
    {
        var put = i + 1;
        while (put < _b && put - i <= 24 && _quoteOf[put] < 0 && !IsPunct(put, ';') && !IsPunct(put, ':') && !IsPunct(put, '.') && !Is(put, "put"))
        {
            put++;
        }

        var last = put - 1;
        while (last > i && !IsWord(last))
        {
            last--;
        }

        if (!Is(put, "put") || !Is(put + 1, "it") || last <= i || !IsWord(i + 1))
        {
            return null;
        }

        var head = i + 1;
        while (head < last && !IsPunct(head + 1, ','))
        {
            head++;
        }

        // The speaker is a noun phrase, with an apposition set off by commas: not a clause ("as the storm hit, crews put it off").
        if (RightPhrase(i + 1) is not { } speaker || speaker.Last < head || (head < last && !IsPunct(put - 1, ',')))
        {
            return null;
        }

        var source = Tokens(i + 1, last);
        var vague = IsVague(i + 1, head);
        _probability = 0;
        _weak = false;
        _rule = AttributionRule.AsPutIt;
        var cue = Tokens(put, put + 1);
        var after = put + 2;
        if (after < _b && (IsPunct(after, ',') || IsPunct(after, ':') || IsQuoteMark(after) || _quoteOf[after] >= 0))
        {
            AddRight(FirstContentToken(after), source, vague, cue);
        }
        else if (i == _a && AdjunctEnd(after) is { } comma)
        {
            // "As Ms. Simonyan put it in a statement to my colleague in August, the channel ...".
            AddRight(FirstContentToken(comma), source, vague, cue);
        }
        else if (i > _a)
        {
            AddLeft(i - 1, source, vague, cue);
        }

        return put + 1;
    }

    // The comma that closes a short adjunct of words ("in a statement to reporters on Monday,"), if any.
    private int? AdjunctEnd(int start)
    {
        for (var k = start; k < _b && k - start <= 14; k++)
        {
            if (IsPunct(k, ','))
            {
                return k > start && k + 1 < _b ? k : null;
            }

            if (!IsWord(k) || _quoteOf[k] >= 0)
            {
                return null;
            }
        }

        return null;
    }

    // "In Bolton's view, ...", "in their words", "..., in the governor's opinion.": a possessor holds the view
    // that is the rest of the clause.
    protected int? InView(int i)
    {
        if (InWordsOf(i) is { } wordsEnd)
        {
            return wordsEnd;
        }

        var noun = i + 1;
        while (noun < _b && noun - i <= 6 && IsWord(noun) && _quoteOf[noun] < 0 && !ViewNouns.Contains(W(noun)))
        {
            noun++;
        }

        if (noun >= _b || noun == i + 1 || !ViewNouns.Contains(W(noun)) || _quoteOf[noun] >= 0
            || !(PossessivePronouns.Contains(W(noun - 1)) || IsPossessive(noun - 1)))
        {
            return null;
        }

        var source = Tokens(i + 1, noun - 1);
        _probability = 0;
        _weak = false;
        _rule = AttributionRule.InView;
        var cue = Tokens(i, noun);
        if (IsPunct(noun + 1, ',') && noun + 2 < _b)
        {
            AddRight(noun + 2, source, false, cue);
        }
        else if (i > _a && (IsPunct(i - 1, ',') || IsDash(i - 1)) && (noun + 1 >= _b || _tokens[noun + 1].Kind == TokenKind.Punctuation))
        {
            AddLeft(i - 1, source, false, cue);
        }

        return noun;
    }

    // "in the words of the Crown prosecutor, Mark Tedeschi, QC, \"...\"": the holder runs to the comma before the
    // quotation (or, without one, to the first comma), and what follows is the content.
    private int? InWordsOf(int i)
    {
        if (i + 4 >= _b || !Is(i + 1, "the") || !ViewNouns.Contains(W(i + 2)) || !Is(i + 3, "of"))
        {
            return null;
        }

        var end = i + 4;
        var comma = -1;
        while (end < _b && end - i <= 20 && !IsQuoteMark(end) && _quoteOf[end] < 0)
        {
            comma = comma < 0 && IsPunct(end, ',') ? end : comma;
            end++;
        }

        var quoted = end < _b && (IsQuoteMark(end) || _quoteOf[end] >= 0) && IsPunct(end - 1, ',');
        var last = quoted ? end - 2 : comma - 1;
        if (last < i + 4 || (!quoted && comma < 0))
        {
            return null;
        }

        _probability = 0;
        _weak = false;
        _rule = AttributionRule.InView;
        AddRight(last + 2, Tokens(i + 4, last), IsVague(i + 4, last), Tokens(i, i + 3));
        return last + 1;
    }

    // "that" after a lower-case word, a colon, or a quotation opening after a comma: where a report's content
    // can begin whatever its verb.
    protected bool IsFrameMark(int i)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Word)
        {
            return token.Span.Length == 4 && char.IsLower(_text[token.Span.Start]) && W(i) is "that";
        }

        return token.Span.Length == 1 && (_text[token.Span.Start] == ':'
            || (IsQuoteMark(i) && IsPunct(i - 1, ',') && i + 1 < _b && _quoteOf[i + 1] >= 0));
    }

    /// <summary>
    /// Proposes a report from its shape alone, whatever the cue: a subject, a verb group ("has made clear",
    /// "is worried", "went on") and a that-clause, a colon or a quotation after it. The cue lexicon does not
    /// know most of these words, so the filter decides, weighing this rule and the words it found.
    /// </summary>
    protected void Frame(int mark)
    {
        var that = _tokens[mark].Kind == TokenKind.Word;
        var h = IsPunct(mark - 1, ',') && !that ? mark - 2 : mark - 1;
        // "warned them that", "assured reporters that": the object is skipped.
        if (that && h > _a && ObjectPronouns.Contains(W(h)))
        {
            h--;
        }

        if (!IsWord(h) || _quoteOf[h] >= 0 || !char.IsLower(W(h)[0]) || (that ? NotFrameWords.Contains(W(h)) : Breaks.Contains(W(h)) && !Particles.Contains(W(h))) || Determiners.Contains(W(h))
            || Pronouns.Contains(W(h)) || ObjectPronouns.Contains(W(h)) || Auxiliaries.Contains(W(h)) || (h > _a && Determiners.Contains(W(h - 1)) && !Is(h - 1, "that")))
        {
            return;
        }

        // A that-clause opens with its own subject; "the bill that passed" is a relative clause.
        if (that && !(IsWord(mark + 1) && (Pronouns.Contains(W(mark + 1)) || Determiners.Contains(W(mark + 1)) || IsCapitalised(mark + 1)
            || _tokens[mark + 1].Kind == TokenKind.Number) || IsQuoteMark(mark + 1) || (mark + 1 < _b && _quoteOf[mark + 1] >= 0)))
        {
            return;
        }

        if (AlreadyProposed(h, mark))
        {
            return;
        }

        // The verb group is one word ("insists", "adamant") or a verb and its word ("made clear", "went on",
        // "shot back"); its subject stands before it, past any auxiliaries.
        var g = h;
        // "made it clear that", "has made it known that".
        if (Is(h - 1, "it") && h - 2 > _a && IsWord(h - 2) && char.IsLower(W(h - 2)[0]) && !Auxiliaries.Contains(W(h - 2))
            && (IsPastTense(W(h - 2)) || GroupVerbs.Contains(W(h - 2))))
        {
            g = h - 2;
        }
        else if (h - 1 > _a && IsWord(h - 1) && _quoteOf[h - 1] < 0 && char.IsLower(W(h - 1)[0]) && !Breaks.Contains(W(h - 1)) && !Auxiliaries.Contains(W(h - 1))
            && (IsPastTense(W(h - 1)) || GroupVerbs.Contains(W(h - 1))))
        {
            g = h - 1;
        }

        var subjectEnd = SkipAuxiliariesLeft(g - 1);
        if (LeftPhrase(subjectEnd) is not { } subject || !(LooksLikeSubject(subject.First, subject.Last) || Pronouns.Contains(W(subject.Last))))
        {
            return;
        }

        _rule = that ? AttributionRule.FrameThat : IsPunct(mark, ':') ? AttributionRule.FrameColon : AttributionRule.FrameQuote;
        var source = Tokens(subject.First, subject.Last);
        var vague = IsVague(subject.First, subject.Last);
        var cue = Tokens(g, h);
        var start = that ? mark + 1 : FirstContentToken(mark + 1);
        if (start < _b)
        {
            AddRight(start, source, vague, cue);
        }
        else if (!that)
        {
            AddNextSentence(source, vague, cue);
        }
    }

    // A rule already read this report from its cue ("said that"): the frame adds nothing.
    protected bool AlreadyProposed(int h, int mark)
    {
        var cueStart = _tokens[Math.Max(_a, h - 3)].Span.Start;
        var markStart = _tokens[mark].Span.Start;
        for (var k = _found.Count - 1; k >= 0 && k >= _found.Count - 8; k--)
        {
            var f = _found[k];
            if (f.Content.End <= _tokens[_a].Span.Start && (f.Cue is not { } c || c.End <= _tokens[_a].Span.Start))
            {
                break;
            }

            if ((f.Cue is { } cue && cue.End > cueStart && cue.Start <= markStart) || (f.Content.Start <= markStart + 8 && f.Content.End > markStart))
            {
                return true;
            }
        }

        return false;
    }
}
