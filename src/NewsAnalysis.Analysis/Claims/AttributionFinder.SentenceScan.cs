using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// The rules that read one sentence window: labels, "according to", agentless passives, verbs with their subject
    /// or inverted speaker, reporting nouns and infinitives. Each looks at a bounded stretch of tokens.
    /// </summary>
    private sealed partial class SentenceScan : PhraseCues
    {
        private readonly AttributionFinder _owner;
        private bool _quoted;

        public SentenceScan(AttributionFinder owner, TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf, List<FoundAttribution> found)
            : base(document, quotes, quoteOf, found, owner._lexicon, owner._minStrength)
        {
            _owner = owner;
        }

        public void Run(int sentence, int a0, int b0)
        {
            _sentence = sentence;
            _a = a0;
            _b = b0;
            _quoted = ScanWindows.HasQuoted(_quoteOf, a0, b0);
            var (a, b) = (_a, _b);
            Span? sharedSource = null;
            var sharedVague = false;
            var firstFound = _found.Count;
            for (var i = a; i < b; i++)
            {
                if (i > a && _quoteOf[i] < 0 && IsFrameMark(i))
                {
                    _probability = 0;
                    _weak = true;
                    _rule = AttributionRule.None;
                    Frame(i);
                    continue;
                }

                if (_tokens[i].Span.Length == 2 && _quoteOf[i] < 0 && W(i) is "in" or "In"
                    && (InView(i) ?? (i > a && W(i) is "in" ? InPollPhrase(i) : null)) is { } phraseEnd)
                {
                    i = phraseEnd;
                    continue;
                }

                if (_tokens[i].Span.Length == 2 && _quoteOf[i] < 0 && W(i) is "as" or "As" && AsPutIt(i) is { } putEnd)
                {
                    i = putEnd;
                    continue;
                }

                // A transcript quoted turn by turn: `"WALLACE: Let's start with ...` opens its quotation with the label.
                if (_quoteOf[i] >= 0 && i > a && IsTurnStart(i) && _tokens[i].Kind == TokenKind.Word && SpeakerLabel(i) is { } turnEnd)
                {
                    i = turnEnd;
                    continue;
                }

                if (_quoteOf[i] >= 0 || _tokens[i].Kind != TokenKind.Word || (i != a && !_owner._triggers.Contains(W(i)) && !IsLabelStart(i)))
                {
                    continue;
                }

                _probability = 0;
                _weak = false;
                _rule = AttributionRule.None;
                var next = SpeakerLabel(i) ?? DashLabel(i) ?? AccordingTo(i) ?? InPoll(i) ?? AsStatedIn(i) ?? QuotedAs(i) ?? Agentless(i) ?? Verb(i, ref sharedSource, ref sharedVague) ?? PossessiveCue(i) ?? InfinitiveCue(i) ?? CopularReport(i);
                if (next is { } last)
                {
                    i = last;
                }
            }

            DropPassivesOfLaterSources(firstFound);
        }

        // "He is expected to resign, officials said.", "... is expected to return, according to two people familiar
        // with the plans": the passive is part of what a source named later in the sentence said, not a report of
        // its own (InsideReportedSpeech does this for a source named before it).
        private void DropPassivesOfLaterSources(int firstFound)
        {
            for (var k = _found.Count - 1; k >= firstFound; k--)
            {
                var passive = _found[k];
                if (passive.Rule != AttributionRule.Agentless || passive.Source is not null || passive.Cue is not { } cue)
                {
                    continue;
                }

                for (var m = firstFound; m < _found.Count; m++)
                {
                    var named = _found[m];
                    if (m != k && !named.Weak && named.Source is { } source && source.Start > cue.End
                        && named.Content.Start <= cue.Start && cue.End <= named.Content.End)
                    {
                        _found.RemoveAt(k);
                        break;
                    }
                }
            }
        }

        // The model decides in context when there is one; otherwise the word's strength alone.
        private bool IsCue(int i)
        {
            _probability = 0;
            if (PlainAdverbs.Contains(W(i)))
            {
                return false;
            }

            var strength = _lexicon.Strength(W(i));
            var closing = ClosesSentence(i);
            if (_owner._model is not { } model)
            {
                return strength >= _minStrength || closing;
            }

            if (strength < MinModelStrength && !closing)
            {
                return false;
            }

            // Newsroom reporting verbs (the lexicon's seed list) and verbs with a that-clause need less of the model,
            // which has seen few of the rarer ones.
            var p = model.Score(_document, _a, _b, i, _quoted);
            _probability = p;
            var that = (strength >= _minStrength && (Is(i + 1, "that") || ThatAfterWhen(i + 1))) || IsParticipleWithThat(i) || closing || IsRecordFinding(i)
                || IsNamedForecast(i);
            var rule = _owner._ruleProbability;
            _weak = !(p >= rule || (strength >= 0.9 && p >= rule / 3) || that);
            var min = _owner._minProbability;
            return p >= min || (strength >= 0.9 && p >= min / 3) || that;
        }

        // "Fewer than 200 are thought to survive, the researchers estimate.": a reporter closing the sentence after a
        // comma, the way news attributes, vouches for a cue the model rates low ("estimate" is mostly a noun to it).
        private bool ClosesSentence(int i)
        {
            // "..., official figures show, the second monthly contraction in a row.": a phrase without a verb after it
            // sums up the clause before, as the end of the sentence would.
            if (!InvertingVerbs.Contains(W(i)) || !(i + 1 >= _b || (i + 2 >= _b && IsPunct(i + 1, '.'))
                || IsSummaryAfter(i)))
            {
                return false;
            }

            for (var k = i - 1; k > _a + 2 && k >= i - 5; k--)
            {
                if (IsPunct(k, ','))
                {
                    return k < i - 1 && _quoteOf[k] < 0;
                }

                if (!IsWord(k))
                {
                    return false;
                }
            }

            return false;
        }

        // "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents ...": a study or a poll that finds or
        // shows, however long the phrase naming it, reports with or without "that".
        private bool IsRecordFinding(int i) =>
            FindingVerbs.Contains(W(i)) && i - 1 >= _a && IsWord(i - 1) && !Is(i - 1, "that") && !Is(i + 1, "by") && !Be.Contains(W(i - 1))
            && DocumentBefore(i - 1) is not null;

        // "The International Energy Agency expects global demand to grow", "the Bank forecasts inflation to fall": a named
        // forecaster's expectation of what something will do (not "is expected to", nor "expects to win", a plan).
        private bool IsNamedForecast(int i)
        {
            if (!ForecastVerbs.Contains(W(i)) || i - 1 < _a || !IsCapitalised(i - 1) || Is(i + 1, "to") || i + 1 >= _b || !IsWord(i + 1))
            {
                return false;
            }

            for (var t = i + 2; t < _b && t <= i + 7; t++)
            {
                if (Is(t, "to"))
                {
                    return t + 1 < _b && IsWord(t + 1) && char.IsLower(W(t + 1)[0]) && !Determiners.Contains(W(t + 1));
                }

                if (!(IsWord(t) || IsNumber(t) || IsPossessive(t)) || FiniteAuxiliaries.Contains(W(t)) || _quoteOf[t] >= 0)
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly WordSet ForecastVerbs = new("expects", "expected", "forecasts", "forecast", "predicts", "predicted", "projects", "projected");

        // "found in 2024 that", "said on Monday that": a that-clause after a short time or place.
        private bool ThatAfterWhen(int k)
        {
            if (!(Is(k, "in") || Is(k, "on") || Is(k, "last") || Is(k, "earlier") || Is(k, "this")))
            {
                return false;
            }

            for (var t = k + 1; t < _b && t <= k + 4; t++)
            {
                if (Is(t, "that"))
                {
                    return t > k + 1;
                }

                if (!(IsWord(t) || IsNumber(t)) || FiniteAuxiliaries.Contains(W(t)) || _quoteOf[t] >= 0)
                {
                    return false;
                }
            }

            return false;
        }

        // "Trump's decision to ...", "his criticism of ...", "their view that ...": a noun that reports, with its
        // holder as the source; the model decides whether the noun reports in this context.
        private int? PossessiveCue(int i)
        {
            // The noun takes its content through a preposition or a clause ("his attacks on", "her claim that"), which
            // keeps out adjectives ("their deep support") and nouns with no content ("his mind").
            if (i - 1 < _a || i + 1 >= _b || !char.IsLower(W(i)[0]) || !(ObjectPrepositions.Contains(W(i + 1)) || Is(i + 1, "that") || Is(i + 1, "to")))
            {
                return null;
            }

            (int First, int Last)? holder = PossessivePronouns.Contains(W(i - 1)) ? (i - 1, i - 1)
                : IsPossessive(i - 1) && CapitalisedRun(i - 2) is { } possessor ? (possessor, i - 1)
                : null;
            if (holder is not { } h || _owner._model is null || !IsCue(i))
            {
                return null;
            }

            var start = i + 1;
            if (start + 1 < _b && ObjectPrepositions.Contains(W(start)))
            {
                start++;
            }

            start = FirstContentToken(start);
            if (start >= _b || _quoteOf[start - 1] >= 0 || ContentBetween(start, NounPhraseEnd(start)) is not { } content)
            {
                return null;
            }

            var source = Tokens(h.First, h.Last);
            _rule = AttributionRule.PossessiveNoun;
            Add(content, source, false, Tokens(i, i), inNounPhrase: true);
            return i;
        }

        // "The message from the Treasury was clear: there will be no more money", "The minister's view is that the
        // policy works": a noun for what was said, its holder, then what it says after "is" and "that" or a colon.
        private int? CopularReport(int i)
        {
            if (!CopularReportNouns.Contains(W(i)) || !char.IsLower(W(i)[0]))
            {
                return null;
            }

            (int First, int Last)? holder = null;
            var verb = i + 1;
            if (i - 1 >= _a && PossessivePronouns.Contains(W(i - 1)))
            {
                holder = (i - 1, i - 1);
            }
            else if (i - 2 >= _a && IsPossessive(i - 1) && (CapitalisedRun(i - 2) ?? PeopleBefore(i - 2)) is { } possessor)
            {
                holder = (possessor, i - 2);
            }
            else if ((Is(i + 1, "from") || Is(i + 1, "of")) && RightPhrase(i + 2) is { } after && (IsCapitalised(after.Last) || IsPeopleNoun(W(after.Last))))
            {
                holder = after;
                verb = after.Last + 1;
            }

            if (holder is not { } h || !(Is(verb, "is") || Is(verb, "was")))
            {
                return null;
            }

            var opener = Is(verb + 1, "clear") || Is(verb + 1, "simple") || Is(verb + 1, "blunt") || Is(verb + 1, "stark") ? verb + 2 : verb + 1;
            if (!(Is(opener, "that") || IsPunct(opener, ':')) || opener + 1 >= _b
                || ContentBetween(opener + 1, Is(opener, "that") ? ClauseEnd(opener + 1) : _b - 1) is not { } content)
            {
                return null;
            }

            _rule = AttributionRule.PossessiveNoun;
            Add(content, Tokens(h.First, h.Last), IsVague(h.First, h.Last), Tokens(i, i));
            return opener;
        }

        // "the minister's view": a person noun and its determiner before the "'s".
        private int? PeopleBefore(int j) =>
            IsWord(j) && (IsPeopleNoun(W(j)) || SingularPeople.Contains(W(j)) || PersonNouns.Contains(W(j))) && LeftPhrase(j) is { } phrase && phrase.Last == j ? phrase.First : null;

        // "urged her to declare ...", "asked Schultz to resign ...", "the Times is expected to endorse ...": an
        // infinitive cue speaks for the object before "to", or for the subject of the verb that governs it.
        private int? InfinitiveCue(int i)
        {
            var k = i - 2;
            if (!Is(i - 1, "to") || k < _a || !IsWord(k) || !char.IsLower(W(i)[0]) || IsAdverb(i) || Auxiliaries.Contains(W(i)) || IsRefusedSaying(i) || !IsCue(i))
            {
                return null;
            }

            (int First, int Last)? holder = null;
            if (ObjectPronouns.Contains(W(k)))
            {
                holder = (k, k);
            }
            else if (Weekdays.Contains(W(k)) || TimeWords.Contains(W(k)))
            {
                // "visited the school on Sunday to explain ...": the clause subject went there to say it.
                holder = SentenceSubject() is { } subject && subject.Last < k - 1 && LooksLikeSubject(subject.First, subject.Last) ? subject : null;
            }
            else if (CapitalisedRun(k) is { } first)
            {
                holder = (first, k);
            }
            // "Ministers like to say that ...": before "to" and a cue, "like" is a verb, not the preposition.
            else if (char.IsLower(W(k)[0]) && (!Breaks.Contains(W(k)) || Is(k, "like")) && (ControlVerbs.Contains(W(k)) || W(k).EndsWith("ed", StringComparison.Ordinal) || W(k).EndsWith("es", StringComparison.Ordinal) || W(k).EndsWith("ts", StringComparison.Ordinal) || W(k).EndsWith("ns", StringComparison.Ordinal)))
            {
                var subjectEnd = SkipAuxiliariesLeft(k - 1);
                if (LeftPhrase(subjectEnd) is { } subject && LooksLikeSubject(subject.First, subject.Last))
                {
                    holder = subject;
                }
            }

            var start = FirstContentToken(i + 1);
            // A "that" after the cue of a verb like "want" ("like to say that ...") shows a report where the model,
            // which has seen "to say the least" and "fair to say", doubts the bare infinitive ("led to criticism that"
            // is no infinitive).
            var min = Is(i + 1, "that") && ControlVerbs.Contains(W(k)) ? InfinitiveThatMin : InfinitiveMin;
            if (holder is not { } h || _probability < min || start >= _b || ContentBetween(start, ClauseEnd(start)) is not { } content)
            {
                return null;
            }

            _rule = AttributionRule.Infinitive;
            Add(content, Tokens(h.First, h.Last), IsVague(h.First, h.Last), Tokens(i - 1, i));
            return i;
        }
    }
}
