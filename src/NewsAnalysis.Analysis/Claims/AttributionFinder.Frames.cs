using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    private sealed partial class SentenceScan
    {
        // A cue with content but no subject the other rules accept ("Several said ...", "One in three said ...", "The
        // report published Tuesday showed ..."): the words before it, back to the clause's start, for the filter.
        private int? AnySubject(int i, int subjectEnd, int rightContentStart, Span cue)
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
                || (char.IsLower(W(subjectEnd)[0]) && (W(subjectEnd).EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(W(subjectEnd)))))
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

            var weak = _weak;
            _weak = true;
            _rule = AttributionRule.VerbAnySubject;
            AddRight(rightContentStart, Tokens(first, subjectEnd), IsVague(first, subjectEnd), cue);
            _weak = weak;
            return i;
        }

        // "Clinton led Sanders 2-1 in an NBC News/Marist poll": the poll is the source of the clause before it.
        private int? InPollPhrase(int i)
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

        // "that" after a lower-case word, a colon, or a quotation opening after a comma: where a report's content
        // can begin whatever its verb.
        private bool IsFrameMark(int i)
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
        private void Frame(int mark)
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
                && (W(h - 2).EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(W(h - 2)) || GroupVerbs.Contains(W(h - 2))))
            {
                g = h - 2;
            }
            else if (h - 1 > _a && IsWord(h - 1) && _quoteOf[h - 1] < 0 && char.IsLower(W(h - 1)[0]) && !Breaks.Contains(W(h - 1)) && !Auxiliaries.Contains(W(h - 1))
                && (W(h - 1).EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(W(h - 1)) || GroupVerbs.Contains(W(h - 1))))
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
        private bool AlreadyProposed(int h, int mark)
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
}
