using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// The attribution rules whose cue is a fixed phrase or a layout, not a reporting word the model decides on:
/// "according to", "In a ... poll,", a speaker's or a dash label before a colon, and agentless passives.
/// </summary>
internal abstract class PhraseCues : ContentSpans
{
    protected PhraseCues(
        TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf, List<FoundAttribution> found, CueLexicon lexicon, double minStrength)
        : base(document, quotes, quoteOf, found, lexicon, minStrength)
    {
    }

    // "according to X, Y" and "Y, according to X".
    protected int? AccordingTo(int i)
    {
        if (!Is(i, "according") || !Is(i + 1, "to"))
        {
            return null;
        }

        // The source runs to the comma: "according to police", "according to a report by the ministry".
        var source = RightPhrase(i + 2) ?? UpToComma(i + 2) ?? LeadingWords(i + 2);
        if (source is not { } s)
        {
            return null;
        }

        var cue = Tokens(i, i + 1);
        var content = i - _a >= 2
            ? ContentBetween(_a, i - 1)
            : ContentBetween(s.Last + 1, _b - 1);
        if (content is { } c)
        {
            _rule = AttributionRule.AccordingTo;
            Add(c, Tokens(s.First, s.Last), IsVague(s.First, s.Last), cue);
        }

        return s.Last;
    }

    // "In a CNN/ORC poll released Monday, 31% of Republicans said ...": the poll is the source of the clause.
    protected int? InPoll(int i)
    {
        if (i != _a || !Is(i, "in"))
        {
            return null;
        }

        var comma = i + 1;
        var poll = false;
        while (comma < _b && comma - i <= 14 && !IsPunct(comma, ',') && _quoteOf[comma] < 0)
        {
            poll |= DocumentNouns.Contains(W(comma));
            comma++;
        }

        if (!poll || !IsPunct(comma, ',') || comma == i + 1 || ContentBetween(comma + 1, _b - 1) is not { } content)
        {
            return null;
        }

        _rule = AttributionRule.InPoll;
        Add(content, Tokens(i + 1, comma - 1), IsVague(i + 1, comma - 1), Tokens(i, i));
        return comma;
    }

    // A transcript or social-media line: "WALLACE: Let's start ...", "Sanders: Clinton needs to ...".
    protected int? SpeakerLabel(int i)
    {
        if (i != _a || !IsCapitalised(i) || Labels.Contains(W(i)))
        {
            return null;
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

        if (!IsPunct(colon, ':') || ContentBetween(colon + 1, _b - 1) is not { } content || (_sentence > 0 && !StartsParagraph()))
        {
            return null;
        }

        // "Superdelegates: 121", "The Latest: Kasich wins", "Contributing: ...": a tally or a heading, not speech.
        if (Labels.Contains(W(last)) || _tokens[colon + 1].Kind == TokenKind.Number || WordCount(colon + 1) < 4)
        {
            return null;
        }

        _found.Add(new FoundAttribution(content, KindFromQuotes(content), Tokens(i, last), Tokens(colon, colon), Rule: AttributionRule.SpeakerLabel));
        return _b - 1;
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

        return IsCapitalised(i) && (IsDashOrHyphen(i - 1) || (IsQuoteMark(i - 1) && i - 2 >= _a && (_quoteOf[i - 2] >= 0 || IsPunct(i - 2, '.'))));
    }

    // "X is reported to ...", "it is believed that ...", "concerns have been raised about ...": no one is named.
    protected int? Agentless(int i)
    {
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

        if (!AgentlessCues.Contains(W(i)) || !(Is(i + 1, "to") || Is(i + 1, "that")) || Is(i - 1, "had") || Is(i - 1, "has"))
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
            return null;
        }

        var cue = Tokens(be, i);
        var content = Is(i + 1, "that") ? ContentBetween(i + 2, _b - 1) : ContentBetween(_a, _b - 1);
        if (content is { } c)
        {
            _found.Add(new FoundAttribution(c, AttributionKind.Vague, null, cue, Rule: AttributionRule.Agentless));
        }

        return i + 1;
    }
}
