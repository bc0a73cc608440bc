using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// The rules that read one sentence window: labels, "according to", agentless passives, verbs with their subject
    /// or inverted speaker, reporting nouns and infinitives. Each looks at a bounded stretch of tokens.
    /// </summary>
    private sealed partial class SentenceScan(
        AttributionFinder owner, TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf, List<FoundAttribution> found)
    {
        private readonly string _text = document.Text;
        private readonly ReadOnlyArray<Token> _tokens = document.Tokens;
        private int _sentence;
        private int _a;
        private int _b;
        private bool _quoted;
        private double _probability;
        private AttributionRule _rule;
        private bool _weak;

        public void Run(int sentence, int a0, int b0)
        {
            _sentence = sentence;
            _a = a0;
            _b = b0;
            _quoted = SentenceWindows.HasQuoted(quoteOf, a0, b0);
            var (a, b) = (_a, _b);
            Span? sharedSource = null;
            var sharedVague = false;
            for (var i = a; i < b; i++)
            {
                if (i > a && quoteOf[i] < 0 && IsFrameMark(i))
                {
                    _probability = 0;
                    _weak = true;
                    _rule = AttributionRule.None;
                    Frame(i);
                    continue;
                }

                if (i > a && _tokens[i].Span.Length == 2 && quoteOf[i] < 0 && W(i) is "in" && InPollPhrase(i) is { } pollEnd)
                {
                    i = pollEnd;
                    continue;
                }

                if (quoteOf[i] >= 0 || _tokens[i].Kind != TokenKind.Word || (i != a && !owner._triggers.Contains(W(i)) && !IsLabelStart(i)))
                {
                    continue;
                }

                _probability = 0;
                _weak = false;
                _rule = AttributionRule.None;
                var next = SpeakerLabel(i) ?? DashLabel(i) ?? AccordingTo(i) ?? InPoll(i) ?? Agentless(i) ?? Verb(i, ref sharedSource, ref sharedVague) ?? PossessiveCue(i) ?? InfinitiveCue(i);
                if (next is { } last)
                {
                    i = last;
                }
            }
        }

        private ReadOnlySpan<char> W(int i) => _tokens[i].Span.SliceOf(_text);

        // The model decides in context when there is one; otherwise the word's strength alone.
        private bool IsCue(int i)
        {
            _probability = 0;
            if (PlainAdverbs.Contains(W(i)))
            {
                return false;
            }

            var strength = owner._lexicon.Strength(W(i));
            if (owner._model is not { } model)
            {
                return strength >= owner._minStrength;
            }

            if (strength < MinModelStrength)
            {
                return false;
            }

            // Newsroom reporting verbs (the lexicon's seed list) and verbs with a that-clause need less of the model,
            // which has seen few of the rarer ones.
            var p = model.Score(document, _a, _b, i, _quoted);
            _probability = p;
            var that = strength >= owner._minStrength && Is(i + 1, "that");
            var rule = owner._ruleProbability;
            _weak = !(p >= rule || (strength >= 0.9 && p >= rule / 3) || that);
            var min = owner._minProbability;
            return p >= min || (strength >= 0.9 && p >= min / 3) || that;
        }

        private bool Is(int i, string word) => i >= _a && i < _b && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsWord(int i) => i >= _a && i < _b && _tokens[i].Kind is TokenKind.Word or TokenKind.Number;

        private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(W(i)[0]);

        private bool IsPunct(int i, char c) => i >= _a && i < _b && _tokens[i].Span.Length == 1 && _text[_tokens[i].Span.Start] == c;

        // ", “, ” and the two-apostrophe '' some papers print, as one token or two.
        private bool IsQuoteMark(int i)
        {
            if (i < _a || i >= _b)
            {
                return false;
            }

            var s = W(i);
            return s is "\"" or "“" or "”" or "''" or "``"
                || (s is "'" && ((i + 1 < _tokens.Count && W(i + 1) is "'" && _tokens[i + 1].Span.Start == _tokens[i].Span.End)
                    || (i > 0 && W(i - 1) is "'" && _tokens[i - 1].Span.End == _tokens[i].Span.Start)));
        }

        private Span Tokens(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

        // "according to X, Y" and "Y, according to X".
        private int? AccordingTo(int i)
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
        private int? InPoll(int i)
        {
            if (i != _a || !Is(i, "in"))
            {
                return null;
            }

            var comma = i + 1;
            var poll = false;
            while (comma < _b && comma - i <= 14 && !IsPunct(comma, ',') && quoteOf[comma] < 0)
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

        // "according to early results of exit polls conducted for ...": the words up to the first preposition.
        private (int First, int Last)? LeadingWords(int j)
        {
            var last = j - 1;
            while (last + 1 < _b && last + 1 - j < MaxPhrase && IsWord(last + 1) && quoteOf[last + 1] < 0 && !Breaks.Contains(W(last + 1)))
            {
                last++;
            }

            return last >= j ? (j, last) : null;
        }

        private (int First, int Last)? UpToComma(int j)
        {
            var last = j;
            while (last + 1 < _b && last + 1 - j < 10 && IsWord(last + 1))
            {
                last++;
            }

            return IsWord(j) && quoteOf[j] < 0 && (last + 1 >= _b || _tokens[last + 1].Kind == TokenKind.Punctuation) ? (j, last) : null;
        }

        // A transcript or social-media line: "WALLACE: Let's start ...", "Sanders: Clinton needs to ...".
        private int? SpeakerLabel(int i)
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

            found.Add(new FoundAttribution(content, KindFromQuotes(content), Tokens(i, last), Tokens(colon, colon), Rule: AttributionRule.SpeakerLabel));
            return _b - 1;
        }

        // "TURNOUT WAS NOT A SURPRISE - Ann Lee and Bo Park: “...”", "More from the report: “...”", `... ." Bush:
        // "..."`: a label naming whom the quotation after the colon is from.
        private int? DashLabel(int i)
        {
            if (!IsLabelStart(i))
            {
                return null;
            }

            var last = i;
            var described = Definite.Contains(W(i));
            while (last + 1 < _b && last - i < 6 && (IsCapitalised(last + 1) || Is(last + 1, "and") || (IsPunct(last + 1, '.') && Titles.Contains(W(last)))
                || (described && IsWord(last + 1) && !Breaks.Contains(W(last + 1)) && quoteOf[last + 1] < 0)))
            {
                last++;
            }

            if (!IsPunct(last + 1, ':') || !(IsCapitalised(last) || last > i) || !(IsQuoteMark(last + 2) || (last + 2 < _b && quoteOf[last + 2] >= 0)))
            {
                return null;
            }

            _rule = AttributionRule.DashLabel;
            AddRight(FirstContentToken(last + 2), Tokens(i, last), false, Tokens(last + 1, last + 1));
            return last + 1;
        }

        // Called for every word the scan meets, so the cheap test on the token before comes first.
        private bool IsLabelStart(int i)
        {
            if (i - 1 < _a)
            {
                return false;
            }

            if (_tokens[i - 1].Kind == TokenKind.Word)
            {
                return _tokens[i - 1].Span.Length == 4 && Is(i - 1, "from") && (IsCapitalised(i) || Definite.Contains(W(i)));
            }

            return IsCapitalised(i) && (IsDashOrHyphen(i - 1) || (IsQuoteMark(i - 1) && i - 2 >= _a && (quoteOf[i - 2] >= 0 || IsPunct(i - 2, '.'))));
        }

        private bool IsDashOrHyphen(int j) => IsDash(j) || (j >= _a && j < _b && W(j) is "-" or "―");

        private int WordCount(int from)
        {
            var n = 0;
            for (var t = from; t < _b && n < 4; t++)
            {
                n += IsWord(t) ? 1 : 0;
            }

            return n;
        }

        private bool StartsParagraph()
        {
            var start = _tokens[_a].Span.Start;
            return start == 0 || _text.AsSpan(Math.Max(0, start - 3), Math.Min(3, start)).Contains('\n');
        }

        // "X is reported to ...", "it is believed that ...", "concerns have been raised about ...": no one is named.
        private int? Agentless(int i)
        {
            if (RaisedConcerns.Contains(W(i)) && (Is(i + 1, "have") || Is(i + 1, "has") || Is(i + 1, "were") || Is(i + 1, "was"))
                && (Is(i + 2, "been") ? Raised.Contains(W(i + 3)) ? i + 3 : -1 : Raised.Contains(W(i + 2)) ? i + 2 : -1) is var r && r > 0)
            {
                var start = Is(r + 1, "about") || Is(r + 1, "over") || Is(r + 1, "that") ? r + 2 : r + 1;
                if (ContentBetween(start, _b - 1) is { } about)
                {
                    found.Add(new FoundAttribution(about, AttributionKind.Vague, null, Tokens(i, r), Rule: AttributionRule.RaisedConcern));
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
                found.Add(new FoundAttribution(c, AttributionKind.Vague, null, cue, Rule: AttributionRule.Agentless));
            }

            return i + 1;
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
            if (holder is not { } h || owner._model is null || !IsCue(i))
            {
                return null;
            }

            var start = i + 1;
            if (start + 1 < _b && ObjectPrepositions.Contains(W(start)))
            {
                start++;
            }

            start = FirstContentToken(start);
            if (start >= _b || quoteOf[start - 1] >= 0 || ContentBetween(start, NounPhraseEnd(start)) is not { } content)
            {
                return null;
            }

            var source = Tokens(h.First, h.Last);
            _rule = AttributionRule.PossessiveNoun;
            Add(content, source, false, Tokens(i, i), inNounPhrase: true);
            return i;
        }

        // "urged her to declare ...", "asked Schultz to resign ...", "the Times is expected to endorse ...": an
        // infinitive cue speaks for the object before "to", or for the subject of the verb that governs it.
        private int? InfinitiveCue(int i)
        {
            var k = i - 2;
            if (!Is(i - 1, "to") || k < _a || !IsWord(k) || !char.IsLower(W(i)[0]) || IsAdverb(i) || Auxiliaries.Contains(W(i)) || !IsCue(i))
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
            else if (char.IsLower(W(k)[0]) && !Breaks.Contains(W(k)) && (ControlVerbs.Contains(W(k)) || W(k).EndsWith("ed", StringComparison.Ordinal) || W(k).EndsWith("es", StringComparison.Ordinal) || W(k).EndsWith("ts", StringComparison.Ordinal) || W(k).EndsWith("ns", StringComparison.Ordinal)))
            {
                var subjectEnd = SkipAuxiliariesLeft(k - 1);
                if (LeftPhrase(subjectEnd) is { } subject && LooksLikeSubject(subject.First, subject.Last))
                {
                    holder = subject;
                }
            }

            var start = FirstContentToken(i + 1);
            if (holder is not { } h || _probability < InfinitiveMin || start >= _b || ContentBetween(start, ClauseEnd(start)) is not { } content)
            {
                return null;
            }

            _rule = AttributionRule.Infinitive;
            Add(content, Tokens(h.First, h.Last), IsVague(h.First, h.Last), Tokens(i - 1, i));
            return i;
        }

        // What a reporting noun holds ends where the sentence's own verb begins: "[his vow to target Gaza] has
        // heightened fears" (content up to "has"), unless a that-clause or quotation carries it to the clause end.
        private int NounPhraseEnd(int start)
        {
            var end = ClauseEnd(start);
            if (Is(start - 1, "that") || quoteOf[start] >= 0)
            {
                return end;
            }

            for (var k = start + 1; k <= end; k++)
            {
                if (quoteOf[k] < 0 && (IsPunct(k, ',') || FiniteAuxiliaries.Contains(W(k))))
                {
                    return k - 1;
                }
            }

            return end;
        }

        // The first token of the name ending at token j ("Mayor Dunn", "Sen. Tom Carper"), if j ends one.
        private int? CapitalisedRun(int j)
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

        private int? Verb(int i, ref Span? sharedSource, ref bool sharedVague)
        {
            var word = W(i);
            // Words the lexicon keeps that PolNeAR's train split rarely marks when they have a subject of their own:
            // "the battleground states", "he had known", "she believed", "widely", "reportedly", "talks aimed at".
            if (NotVerbCues.Contains(word) || (word is "states" && !Is(i + 1, "that")) || (word is "aimed" && Is(i + 1, "at")))
            {
                return null;
            }

            // "privately warned", "once again insisted": the adverb is part of the cue, the verb after it is the report.
            if (IsAdverb(i) || Auxiliaries.Contains(word))
            {
                return null;
            }

            var document = DocumentVerbs.Contains(word);
            var stance = StanceVerbs.Contains(word) || document;
            if ((!char.IsLower(word[0]) && !IsHeadlineCue(i)) || (!IsCue(i) && !stance)
                || Is(i - 1, "to") || (i > _a && ((Determiners.Contains(W(i - 1)) && !IsQuantifierSubject(i - 1) && !IsCountedSubject(i - 1, word)) || (IsPossessive(i - 1) && !(i - 2 >= _a && (Pronouns.Contains(W(i - 2)) || Is(i - 2, "that"))))) && !Is(i - 1, "that")))
            {
                return null;
            }

            // "Cruz faced criticism for ...", "the plan drew questions from Berlin": the subject receives the report;
            // its source, if named, follows "from".
            if (i - 1 >= _a && Received.Contains(W(i - 1)) && !char.IsUpper(word[0]))
            {
                if (Is(i + 1, "from") && RightPhrase(i + 2) is { } critic && ContentBetween(_a, i - 2) is { } target)
                {
                    _rule = AttributionRule.Received;
                    Add(target, Tokens(critic.First, critic.Last), IsVague(critic.First, critic.Last), Tokens(i, i + 1));
                    return critic.Last;
                }

                return null;
            }

            // "Rubio was asked by the moderator whether ...", "the attacks were echoed by her campaign": a passive
            // report names its source after "by".
            if (Is(i + 1, "by") && PassiveAgent(i) is { } agentLast)
            {
                return agentLast;
            }

            // A passive participle is not a report ("was charged with", "opposed by most Republicans").
            if ((word.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(word)) && (Is(i + 1, "by") || (Is(i + 1, "with") && word is not "said")
                || (IsPunct(i - 1, ',') && Is(i + 1, "as") && word is not ("said" or "added" or "wrote" or "told"))
                || (i > _a && BeBefore(i) is var be && be >= _a && !Is(i + 1, "that") && !PerfectHas(be))))
            {
                return null;
            }

            var cue = Tokens(i, i);
            // A gerund has no subject of its own unless it is progressive ("is saying"); a bare -s form or base
            // form is a noun as often as a verb ("the tweets", "83 percentage points"), so it needs a subject-like
            // word right before it.
            var subjectEnd = SkipAuxiliariesLeft(i - 1);
            var gerund = word.EndsWith("ing", StringComparison.Ordinal);
            var left = gerund && !IsProgressive(subjectEnd, i)
                ? null
                : LeftPhrase(subjectEnd);
            // "a statement saying ...", "911 calls saying ...", "22 percent saying ...": the noun is the source.
            if (gerund && left is null && subjectEnd == i - 1 && IsWord(i - 1) && Carriers.Contains(W(i - 1)) && LeftPhrase(i - 1) is { } carrier)
            {
                left = carrier;
            }

            // "lawyers for the family said", "a spokesman for the company said", "experts on trade and farming said":
            // the head noun before the prepositional phrase is the speaker's own.
            if (left is { } complement && HeadBeforeComplement(complement.First) is { } head)
            {
                left = (head, complement.Last);
            }

            // "Trump in his announcement speech called ...", "Bush in a blog post said ...": the speaker before the
            // phrase that says where he spoke.
            if (left is { } medium && medium.First - 2 >= _a && (Is(medium.First - 1, "in") || Is(medium.First - 1, "on") || Is(medium.First - 1, "during"))
                && (IsCapitalised(medium.First - 2) || Pronouns.Contains(W(medium.First - 2))) && !IsCapitalised(medium.Last) && LeftPhrase(medium.First - 2) is { } speaker)
            {
                left = speaker;
            }

            // "Clinton is an outspoken supporter of", "voters were far less divided on", "Beck has in the past
            // described": the phrase after a verb is a predicate or an adverbial; the subject stands before the verb.
            if (left is { } predicate && PredicateSubject(predicate.First - 1) is { } subjectBefore)
            {
                left = subjectBefore;
            }

            if (left is { } candidate && !gerund && !word.EndsWith("ed", StringComparison.Ordinal) && !IsIrregularPast(word)
                && subjectEnd == i - 1 && !LooksLikeSubject(candidate.First, candidate.Last) && _probability < ConfidentCue)
            {
                left = null;
            }

            if (stance && (left is null || subjectEnd != i - 1 && !Auxiliaries.Contains(W(i - 1))))
            {
                return null;
            }

            // "records show", and "a poll conducted by the party in May showed": the document heads its phrase.
            if (document && left is { } described && !DocumentNouns.Contains(W(described.Last)) && DocumentBefore(subjectEnd) is { } record)
            {
                left = record;
            }

            if (document && (left is not { } doc || !DocumentNouns.Contains(W(doc.Last))))
            {
                return null;
            }

            // "the ceasefire proposal underscores ...": a thing that underscores is evidence, not a speaker; a person
            // ("Blinken underscored", "she underscores") still reports.
            if (EvidenceVerbs.Contains(word) && left is { } thing
                && !(thing.First == thing.Last && Pronouns.Contains(W(thing.First))) && !IsCapitalised(thing.Last)
                && !PersonNouns.Contains(W(thing.Last)))
            {
                return null;
            }

            (int First, int Last)? right = null;
            var rightContentStart = FirstContentToken(i + 1);
            // Something said, not a stray time phrase ("he said on Tuesday").
            var hasRightContent = rightContentStart < _b && !ObjectIsReport(i, rightContentStart) && ContentBetween(rightContentStart, _b - 1) is { } rc
                && (!IsTimePhrase(rightContentStart, rc.End) || IsQuoteMark(rightContentStart - 1) || quoteOf[rightContentStart] >= 0);

            // `"...," said Netanyahu`: the speaker after the cue only right after a comma or quotation.
            if (left is null && !gerund && i > _a && (IsPunct(i - 1, ',') || IsQuoteMark(i - 1)))
            {
                right = RightPhrase(i + 1);
                // Right after a closing quotation the phrase is the speaker even when a relative clause or "of ..."
                // follows (`“...,” said Sen. Tom Carper of Delaware`).
                var afterClosingQuote = IsQuoteMark(i - 1) || (IsPunct(i - 1, ',') && IsQuoteMark(i - 2));
                if (right is { } r && !IsEndOfClause(r.Last + 1) && !afterClosingQuote)
                {
                    right = null;
                }
            }

            Span? source;
            bool vague;
            if (left is { } l)
            {
                _rule = AttributionRule.VerbSubject;
                source = Tokens(l.First, l.Last);
                vague = IsVague(l.First, l.Last);

                // `"...," he said`: the quotation or clause before the speaker is the content; what follows the cue
                // is content too only when it opens with "that", a colon or a quotation (`"...," he said, "..."`).
                var before = l.First - 1;
                var afterQuote = before > _a && (IsQuoteMark(before) || (IsPunct(before, ',') && quoteOf[before - 1] >= 0));
                var inverted = afterQuote || (before - _a >= 4 && IsPunct(before, ',') && !hasRightContent);
                var framed = rightContentStart < _b && (rightContentStart > i + 1 || IsQuoteMark(rightContentStart - 1) || quoteOf[rightContentStart] >= 0);
                if (hasRightContent && (!inverted || framed))
                {
                    AddRight(rightContentStart, source, vague, cue);
                }

                if (inverted && (!framed || afterQuote))
                {
                    AddLeft(before, source, vague, cue);
                    if (!hasRightContent)
                    {
                        // `"...," she said. "More."`: the quotation resumes in the next sentence.
                        AddNextSentenceQuote(source, vague, cue);
                    }
                }
                else if (!hasRightContent && IsPunct(i + 1, ':'))
                {
                    // "Limbaugh added:" and the quotation or paragraph after it.
                    AddNextSentence(source, vague, cue);
                }
                else if (l.First == _a && !hasRightContent && PrecedingQuote() is { } previous)
                {
                    // `“... country?” Clinton said.` split after the question mark: the quotation is the content.
                    Add(previous.Inner, source, vague, cue);
                }
            }
            else if (right is { } r)
            {
                _rule = AttributionRule.VerbInverted;
                source = Tokens(r.First, r.Last);
                vague = IsVague(r.First, r.Last);
                AddLeft(i - 1, source, vague, cue);
                if (IsPunct(r.Last + 1, ',') && (IsQuoteMark(r.Last + 2) || quoteOf[Math.Min(r.Last + 2, _tokens.Count - 1)] >= 0))
                {
                    AddRight(FirstContentToken(r.Last + 1), source, vague, cue);
                }
            }
            else if (owner._lexicon.Strength(word) < 0.5 && !(_probability >= FallbackCue && hasRightContent && NearestSubject(i) is not null))
            {
                return stance || !hasRightContent ? null : AnySubject(i, subjectEnd, rightContentStart, cue);
            }
            else if (sharedSource is { } shared && hasRightContent && (IsJoined(i, subjectEnd) || (gerund && AfterParticipleIntro(i))))
            {
                // "He rejected ..., insisting on ..." / "... and insisted on ...": the subject speaks again.
                _rule = AttributionRule.VerbSharedSubject;
                source = shared;
                vague = sharedVague;
                AddRight(rightContentStart, source, vague, cue);
            }
            else if (SentenceSubject() is { } subject && hasRightContent
                && (IsJoined(i, subjectEnd) || (gerund && AfterParticipleIntro(i))) && (subject.Last < i || (gerund && AfterParticipleIntro(i))))
            {
                _rule = AttributionRule.VerbClauseSubject;
                source = Tokens(subject.First, subject.Last);
                vague = IsVague(subject.First, subject.Last);
                if (subject.First > i)
                {
                    // "After saying her knee was fine, she was carried off": what was said ends before the subject.
                    if (ContentBetween(rightContentStart, subject.First - 1) is { } said)
                    {
                        Add(said, source, vague, cue);
                    }
                }
                else
                {
                    AddRight(rightContentStart, source, vague, cue);
                }
            }
            else if (_probability >= FallbackCue && hasRightContent && NearestSubject(i) is { } near)
            {
                // "she made it clear that ...", "he is even trying to persuade ...": a cue the model is sure of takes
                // the nearest name or pronoun before it in the clause.
                _rule = AttributionRule.VerbNearestName;
                source = Tokens(near.First, near.Last);
                vague = IsVague(near.First, near.Last);
                AddRight(rightContentStart, source, vague, cue);
            }
            else
            {
                return stance || !hasRightContent ? null : AnySubject(i, subjectEnd, rightContentStart, cue);
            }

            sharedSource = source;
            sharedVague = vague;
            return right is { } rr ? rr.Last : i;
        }

        private (int First, int Last)? PredicateSubject(int p)
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

        private int? HeadBeforeComplement(int first)
        {
            var p = first - 1;
            if (Is(p, "and") && p - 1 >= _a && IsWord(p - 1) && LeftPhrase(p - 1) is { } joined && joined.First < p - 1 + 1)
            {
                p = joined.First - 1;
            }

            if (p - 1 < _a || !(Is(p, "for") || Is(p, "of") || Is(p, "on") || Is(p, "at") || Is(p, "from")) || !IsWord(p - 1)
                || LeftPhrase(p - 1) is not { } head)
            {
                return null;
            }

            var noun = W(head.Last);
            return PersonNouns.Contains(noun) || (IsPlural(head.Last) && char.IsLower(noun[0]) && !Breaks.Contains(noun) && owner._lexicon.Strength(noun) < 0.3)
                ? head.First : null;
        }

        // A verb coordinated with the clause before it: "..., insisting", "and said", "and then said", "and has long argued".
        private bool IsJoined(int i, int subjectEnd)
        {
            var j = subjectEnd >= _a && subjectEnd < i ? subjectEnd : i - 1;
            return IsPunct(i - 1, ',') || Is(i - 1, "and") || Is(i - 1, "as") || IsPunct(j, ',') || Is(j, "and") || Is(j, "but");
        }

        // The document noun a subject phrase starts with, before what describes it ("records compiled by the
        // commission", "a poll of voters in Ohio").
        private (int First, int Last)? DocumentBefore(int j)
        {
            for (var k = j; k >= _a && k > j - 10; k--)
            {
                if (!IsWord(k) || quoteOf[k] >= 0)
                {
                    return null;
                }

                if (DocumentNouns.Contains(W(k)))
                {
                    return LeftPhrase(k);
                }
            }

            return null;
        }

        // "..., while saying", "after telling his aides", "at one point calling": a participle in an adverbial
        // phrase speaks for the subject of its clause.
        private bool AfterParticipleIntro(int i)
        {
            var j = i - 1;
            while (j >= _a && IsAdverb(j))
            {
                j--;
            }

            return j >= _a && (ParticipleIntros.Contains(W(j)) || (Is(j, "point") && Is(j - 1, "one") && Is(j - 2, "at")));
        }

        // The "be" right before a participle, past any adverbs ("was widely expected", "is publicly criticized"), or -1.
        private int BeBefore(int i)
        {
            var j = i - 1;
            while (j > _a && (IsAdverb(j) || PlainAdverbs.Contains(W(j))))
            {
                j--;
            }

            return j >= _a && Be.Contains(W(j)) ? j : -1;
        }

        // "is saying", "is already claiming", "has been arguing": a form of "be" among the words the subject skip passed.
        private bool IsProgressive(int subjectEnd, int i)
        {
            for (var k = subjectEnd + 1; k < i; k++)
            {
                if (Be.Contains(W(k)))
                {
                    return true;
                }
            }

            return false;
        }

        // "he's said", "she's warned": after a person, 's is "has", not the passive "is".
        private bool PerfectHas(int j) => W(j) is "'s" or "’s" && (Is(j - 1, "he") || Is(j - 1, "she") || Is(j - 1, "who"));

        private (int First, int Last)? NearestSubject(int i)
        {
            for (var k = i - 1; k >= _a && k > i - 10; k--)
            {
                if (quoteOf[k] >= 0 || IsQuoteMark(k) || Is(k, "that") || IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, ','))
                {
                    return null;
                }

                if (Pronouns.Contains(W(k)) && !Is(k, "it"))
                {
                    return (k, k);
                }

                if (IsCapitalised(k) && !Determiners.Contains(W(k)) && !Breaks.Contains(W(k)) && !LeadingTrim.Contains(W(k)))
                {
                    return LeftPhrase(k);
                }
            }

            return null;
        }

        private int? PassiveAgent(int i)
        {
            if (!(W(i).EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(W(i))) || RightPhrase(i + 2) is not { } agent
                || W(agent.Last).EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }

            _rule = AttributionRule.PassiveAgent;
            var source = Tokens(agent.First, agent.Last);
            var vague = IsVague(agent.First, agent.Last);
            var cue = Tokens(i, i + 1);
            var right = FirstContentToken(agent.Last + 1);
            if ((right > agent.Last + 1 || Is(right, "whether") || Is(right, "if")) && right < _b)
            {
                // "asked by the moderator whether ...", "told by aides that ...".
                AddRight(right, source, vague, cue);
                return agent.Last;
            }

            // The passive subject is what was said or backed: the clause start up to the auxiliaries.
            var end = i - 1;
            while (end >= _a && (Auxiliaries.Contains(W(end)) || Be.Contains(W(end)) || IsAdverb(end)))
            {
                end--;
            }

            var start = end;
            while (start > _a && !IsPunct(start - 1, ',') && !IsPunct(start - 1, ';') && end - start < 12 && quoteOf[start - 1] < 0)
            {
                start--;
            }

            if (end >= start && start >= _a && ContentBetween(start, end) is { } content)
            {
                Add(content, source, vague, cue);
                return agent.Last;
            }

            return null;
        }

        private void AddNextSentenceQuote(Span? source, bool vague, Span cue)
        {
            if (_sentence + 1 < document.Sentences.Count && document.Sentences[_sentence + 1] is var next && next.TokenCount > 1
                && quoteOf[next.FirstToken] < 0 && quoteOf[next.FirstToken + 1] is var q && q >= 0
                && quotes[q].Inner.Start == _tokens[next.FirstToken + 1].Span.Start)
            {
                Add(quotes[q].Inner, source, vague, cue);
            }
        }

        private void AddNextSentence(Span? source, bool vague, Span cue)
        {
            if (_sentence + 1 >= document.Sentences.Count)
            {
                return;
            }

            var next = document.Sentences[_sentence + 1];
            var q = next.TokenCount > 1 ? quoteOf[next.FirstToken + 1] : -1;
            Add(q >= 0 && quotes[q].Inner.Start <= _tokens[next.FirstToken + 1].Span.Start ? quotes[q].Inner : next.Span, source, vague, cue);
        }

        // A quotation closing just before this sentence.
        private Quote? PrecedingQuote()
        {
            for (var t = _a - 1; t >= 0 && t >= _a - 3; t--)
            {
                if (quoteOf[t] >= 0)
                {
                    return quotes[quoteOf[t]];
                }

                var s = _tokens[t].Span.SliceOf(_text);
                if (s is not ("\"" or "”" or "''" or "'" or "." or "," or "?" or "!"))
                {
                    return null;
                }
            }

            return null;
        }

        private void AddRight(int start, Span? source, bool vague, Span cue)
        {
            if (start >= _b)
            {
                return;
            }

            // A quotation that opens here and runs past the sentence end is the content, whole.
            var q = quoteOf[start];
            if (q >= 0 && (quotes[q].Inner.End > _tokens[_b - 1].Span.End || OnlyPunctuationAfter(quotes[q].Outer.End)))
            {
                Add(quotes[q].Inner, source, vague, cue);
                return;
            }

            if (ContentBetween(start, ClauseEnd(start)) is { } content)
            {
                Add(content, source, vague, cue);
            }
        }

        private bool OnlyPunctuationAfter(int offset)
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

        private void AddLeft(int end, Span? source, bool vague, Span cue)
        {
            while (end >= _a && (IsPunct(end, ',') || IsQuoteMark(end) || IsPunct(end, '—')))
            {
                end--;
            }

            if (end < _a)
            {
                return;
            }

            var q = quoteOf[end];
            if (q >= 0)
            {
                Add(quotes[q].Inner, source, vague, cue);
                return;
            }

            if (ContentBetween(_a, end) is { } content)
            {
                Add(content, source, vague, cue);
            }
        }

        // The content stops where a coordinated clause with its own reporting verb begins ("..., and insisted ...").
        private int ClauseEnd(int start)
        {
            for (var j = start + 1; j < _b - 1; j++)
            {
                if (quoteOf[j] < 0 && (Is(j, "and") || IsPunct(j, ',') || IsPunct(j, ';')) && IsWord(j + 1)
                    && char.IsLower(W(j + 1)[0]) && owner._lexicon.Strength(W(j + 1)) >= owner._minStrength
                    && (W(j + 1).EndsWith("ed", StringComparison.Ordinal)
                        || (IsPunct(j, ',') && W(j + 1).EndsWith("ing", StringComparison.Ordinal))))
                {
                    return j - 1;
                }
            }

            return _b - 1;
        }

        private void Add(Span content, Span? source, bool vague, Span cue, bool inNounPhrase = false)
        {
            // A quotation ends on the comma that hands over to "he said"; that comma is not part of what was said.
            while (content.Length > 1 && (_text[content.End - 1] is ',' || char.IsWhiteSpace(_text[content.End - 1])))
            {
                content = content with { End = content.End - 1 };
            }

            var kind = vague ? AttributionKind.Vague : KindFromQuotes(content);
            if (kind is AttributionKind.Indirect or AttributionKind.Vague && !HasTwoWords(content))
            {
                // "has sought refuge": one unquoted word is an object, not a statement.
                return;
            }

            found.Add(new FoundAttribution(content, kind, source, cue, inNounPhrase, _rule, (float)_probability, _weak));
        }

        private bool HasTwoWords(Span content)
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

        private AttributionKind KindFromQuotes(Span content)
        {
            var quoted = 0;
            foreach (var quote in QuotesNear(content))
            {
                if (quote.Inner.Overlaps(content))
                {
                    quoted += Math.Min(quote.Inner.End, content.End) - Math.Max(quote.Inner.Start, content.Start);
                }
            }

            return quoted == 0 ? AttributionKind.Indirect
                : quoted >= content.Length * 0.8 ? AttributionKind.Direct
                : AttributionKind.Mixed;
        }

        private IEnumerable<Quote> QuotesNear(Span content)
        {
            var lo = 0;
            var hi = quotes.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (quotes[mid].Inner.End <= content.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var k = lo; k < quotes.Count && quotes[k].Inner.Start < content.End; k++)
            {
                yield return quotes[k];
            }
        }

        // Skips "that", colons and commas after a cue, and a short object before "that" ("told reporters that").
        private int FirstContentToken(int start)
        {
            var j = start;
            for (var k = start; k < Math.Min(start + 9, _b); k++)
            {
                if (Is(k, "that") && quoteOf[k] < 0)
                {
                    j = k + 1;
                    break;
                }

                // "told reporters on Tuesday that" skips the object; "called for changing the rules that" does not.
                // "said with a laugh that ..." skips the manner phrase too.
                if (!IsWord(k) || (ObjectBreaks.Contains(W(k)) && !(k == start && Is(k, "with"))))
                {
                    break;
                }
            }

            while (j < _b && (Skippable.Contains(W(j)) || (IsQuoteMark(j) && quoteOf[j] < 0 && j + 1 < _b && quoteOf[j + 1] >= 0)))
            {
                j++;
            }

            return j;
        }

        private Span? ContentBetween(int first, int last)
        {
            while (last >= first && _tokens[last].Kind is TokenKind.Punctuation && !IsQuoteMark(last))
            {
                last--;
            }

            while (first <= last && (IsPunct(first, ',') || IsPunct(first, ':')))
            {
                first++;
            }

            return first <= last && first >= _a && last < _b ? Tokens(first, last) : null;
        }

        // Skips auxiliaries, adverbs and a short time phrase between subject and verb ("Sanders on Tuesday said").
        private int SkipAuxiliariesLeft(int j)
        {
            while (j >= _a && IsWord(j))
            {
                if (Auxiliaries.Contains(W(j)) || IsAdverb(j) || TimeWords.Contains(W(j)))
                {
                    j--;
                }
                // A year or a day ("in 2015", "on Tuesday"), not a share ("four in 10 said").
                else if (((_tokens[j].Kind == TokenKind.Number && W(j).Length == 4) || Weekdays.Contains(W(j))) && j - 1 >= _a && (Is(j - 1, "in") || Is(j - 1, "on")))
                {
                    j -= 2;
                }
                // "Sanders last week said", "the senator Wednesday morning said", "Trump Tuesday said".
                else if (DayParts.Contains(W(j)) && j - 1 >= _a && (Weekdays.Contains(W(j - 1)) || Is(j - 1, "last") || Is(j - 1, "this") || Is(j - 1, "next")))
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
        private bool LooksLikeSubject(int first, int last) =>
            (first == last && Pronouns.Contains(W(first))) || IsCapitalised(last) || Definite.Contains(W(first))
            || (first == last && Quantifiers.Contains(W(first)))
            // "Sanders' aides say", "a new poll shows", "52 percent of voters say".
            || HasPossessive(first, last) || (Determiners.Contains(W(first)) && last > first)
            || (IsPlural(last) && Is(first - 1, "of"))
            // "Florida election officials say", "but aides say", "Nine in 10 say".
            || ((IsPlural(last) || _tokens[last].Kind == TokenKind.Number)
                && (first == _a || IsPunct(first - 1, ',') || Is(first - 1, "but") || Is(first - 1, "and") || Is(first - 1, "while") || Is(first - 1, "in")))
            || (IsPlural(last) && (Determiners.Contains(W(first))
                || (last - first < 2 && (first == _a || IsPunct(first - 1, ',') || Is(first - 1, "which") || Is(first - 1, "that")))));

        // "Former Pollster Says Clinton Is In Trouble": a strong cue in a title-case headline.
        private bool IsHeadlineCue(int i) =>
            i > _a && IsCapitalised(i - 1) && IsCapitalised(i + 1) && owner._lexicon.Strength(W(i)) >= 0.5
            && !W(i).EndsWith("ing", StringComparison.Ordinal);

        // "Many fear ...", "Most say ...": a quantifier standing alone as the subject.
        // "rejected Mayor Dunn's claim that ...", "dismissed her view that ...": the that-clause is the object's report.
        private bool ObjectIsReport(int i, int contentStart)
        {
            var noun = contentStart - 2;
            return noun > i + 1 && Is(noun + 1, "that") && owner._lexicon.Strength(W(noun)) >= MinModelStrength
                && (IsPossessive(noun - 1) || PossessivePronouns.Contains(W(noun - 1)));
        }

        // "One in three said", "all but two said", "the two said": a count before a past-tense cue is its subject.
        private bool IsCountedSubject(int j, ReadOnlySpan<char> cue) =>
            CountWords.Contains(W(j)) && (cue.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(cue));

        private bool IsQuantifierSubject(int j) => Quantifiers.Contains(W(j)) && (j == _a || IsPunct(j - 1, ','));

        private bool HasPossessive(int first, int last)
        {
            for (var t = first; t < last; t++)
            {
                if (IsPossessive(t))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPlural(int t) => W(t).EndsWith('s') && !W(t).EndsWith("ss", StringComparison.Ordinal);

        // A lone apostrophe glued to a word ending in s ("Sanders' aides"); two in a row are a quotation mark.
        private bool IsPossessive(int j) => W(j) is "'s" or "’s"
            || (W(j) is "'" or "’" && !IsQuoteMark(j) && j > 0 && _tokens[j - 1].Span.End == _tokens[j].Span.Start && W(j - 1).EndsWith('s')) || W(j).EndsWith("'s", StringComparison.Ordinal) || W(j).EndsWith("’s", StringComparison.Ordinal);

        private bool IsAdverb(int j) => char.IsLower(W(j)[0]) && W(j).EndsWith("ly", StringComparison.Ordinal) && W(j).Length > 4 && !LyNouns.Contains(W(j));

        // The noun phrase or pronoun ending at token j.
        private (int First, int Last)? LeftPhrase(int j)
        {
            if (j < _a)
            {
                return null;
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

                if (comma < j && comma > start && LeftPhrase(comma - 1) is { } subject && subject.First == start)
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
                    if (IsQuoteMark(k) && quoteOf[k + 1] < 0 && (quoteOf[k - 1] >= 0 || (IsQuoteMark(k - 1) && k - 2 >= _a && quoteOf[k - 2] >= 0)))
                    {
                        return RightPhrase(IsPunct(k + 1, ',') ? k + 2 : k + 1);
                    }
                }

                return NameBeforeInsertion(j) ?? NamingApposition(j);
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

            if (Breaks.Contains(W(j)) || Determiners.Contains(W(j)) || LeadingTrim.Contains(W(j)))
            {
                return null;
            }

            var first = j;
            while (first - 1 >= _a && j - first < MaxPhrase && IsPhraseToken(first - 1))
            {
                first--;
            }

            while (first < j && (LeadingTrim.Contains(W(first)) || !IsWord(first)))
            {
                first++;
            }

            return SourceWithProximity(first, j);
        }

        // "Sources close to the negotiations said", "people familiar with the matter said": the source is the people,
        // not the matter they are close to.
        private (int First, int Last) SourceWithProximity(int first, int last)
        {
            var k = first - 1;
            while (k > _a && Determiners.Contains(W(k)) && k > first - 3)
            {
                k--;
            }

            var head = (Is(k - 1, "close") && Is(k, "to")) || (Is(k - 1, "familiar") && Is(k, "with"))
                || (Is(k - 1, "briefed") && Is(k, "on")) || (Is(k - 1, "involved") && Is(k, "in"))
                ? k - 2
                : Is(k - 2, "with") && Is(k - 1, "knowledge") && Is(k, "of") ? k - 3 : -1;
            return head >= _a && IsWord(head) && !Breaks.Contains(W(head)) && LeftPhrase(head) is { } people
                ? (people.First, last)
                : (first, last);
        }

        // "..., Col. Steven Warren, a military spokesman in Baghdad, said" / "Gov. Mary Fallin, who opposes abortion,
        // vetoed": the name before an apposition or relative clause that ends at token j, anywhere in the sentence.
        private (int First, int Last)? NameBeforeInsertion(int j)
        {
            for (var k = j - 1; k > _a && k > j - 30; k--)
            {
                if (quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':'))
                {
                    return null;
                }

                if (IsPunct(k, ',') || IsDash(k))
                {
                    return LeftPhrase(k - 1) is { } named && !IsPunct(k - 1, ',') && !IsDash(k - 1)
                        && (IsCapitalised(named.Last) || PersonNouns.Contains(W(named.Last))) && !Pronouns.Contains(W(named.Last))
                        ? named : null;
                }
            }

            return null;
        }

        // "One of the authors of the report, Ari Fleischer, said": the name set off by commas names the subject.
        private (int First, int Last)? NamingApposition(int j)
        {
            var k = j - 1;
            while (k > _a && j - k <= 6 && (IsCapitalised(k) || (IsPunct(k, '.') && Titles.Contains(W(k - 1)))))
            {
                k--;
            }

            return k < j - 1 && k > _a && IsPunct(k, ',') && IsCapitalised(k + 1) && !Pronouns.Contains(W(k + 1)) && !Weekdays.Contains(W(j - 1))
                ? (k + 1, j - 1) : null;
        }

        private bool IsDash(int j) => IsPunct(j, '—') || IsPunct(j, '–') || (j >= _a && j < _b && W(j) is "--");

        private bool NameWithPlace(int first, int last)
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

        private bool IsPhraseToken(int t)
        {
            if (IsWord(t))
            {
                return !Breaks.Contains(W(t)) && !IsQuoteMark(t) && quoteOf[t] < 0;
            }

            var s = W(t);
            return (s is "." && Titles.Contains(W(t - 1)))
                || s is "'s" or "’s" or "-" or "&" or "'" or "’";
        }

        // The noun phrase or pronoun starting at token j ("said Netanyahu", "said the minister").
        private (int First, int Last)? RightPhrase(int j)
        {
            if (!IsWord(j) || quoteOf[j] >= 0)
            {
                return null;
            }

            if (Pronouns.Contains(W(j)))
            {
                return Is(j, "it") || Is(j, "who") ? null : (j, j);
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
                    // A title inside a name: "American Unity Fund president Margaret Hoover".
                    if (!determiner && IsCapitalised(k + 1) && k + 1 < _b && !Breaks.Contains(W(k)) && owner._lexicon.Strength(W(k)) < 0.3)
                    {
                        last = k;
                        continue;
                    }

                    // A lower-case word before a determiner is a verb taking its object ("The coach left the stadium").
                    if (!determiner || ++lower > 3 || owner._lexicon.Strength(W(k)) >= 0.3 || (W(k).EndsWith("ed", StringComparison.Ordinal) && !IsCapitalised(k + 1))
                        || (k + 1 < _b && Determiners.Contains(W(k + 1)) && !Quantifiers.Contains(W(k + 1))))
                    {
                        break;
                    }
                }

                last = k;
            }

            while (last > j && (!IsWord(last) || Determiners.Contains(W(last)) || LeadingTrim.Contains(W(last))))
            {
                last--;
            }

            return determiner && last == j ? null : (j, last);
        }

        // "former Obama adviser David Axelrod", "pollster Frank Luntz": lower-case titles right before a name.
        private bool TitleBeforeName(int j)
        {
            var k = j;
            while (k < _b && k - j < 4 && IsWord(k) && !IsCapitalised(k) && !Breaks.Contains(W(k)) && !LeadingTrim.Contains(W(k))
                && quoteOf[k] < 0 && owner._lexicon.Strength(W(k)) < 0.3)
            {
                k++;
            }

            return k > j && IsCapitalised(k) && !Breaks.Contains(W(k)) && quoteOf[k] < 0;
        }

        private bool IsTimePhrase(int first, int end)
        {
            var t = first;
            while (t < _b && _tokens[t].Span.End <= end)
            {
                if (IsWord(t) && !(Is(t, "on") || Is(t, "in") || Is(t, "at") || Is(t, "last") || Is(t, "this") || Is(t, "late")
                    || Is(t, "early") || Is(t, "week") || Is(t, "month") || Is(t, "year") || Weekdays.Contains(W(t)) || TimeWords.Contains(W(t))
                    || _tokens[t].Kind == TokenKind.Number))
                {
                    return false;
                }

                t++;
            }

            return true;
        }

        private bool IsEndOfClause(int j) => j >= _b || (_tokens[j].Kind == TokenKind.Punctuation && !IsQuoteMark(j)) || Is(j, "in") || Is(j, "on") || Is(j, "at");

        private (int First, int Last)? SentenceSubject() => RightPhrase(ClauseStart());

        // Where the main clause begins after an opening word or phrase: "Similarly, ...", "On Friday, ...",
        // "Asked about the vote, ...", "Walking to the next house, ...".
        private int ClauseStart()
        {
            if (IsWord(_a) && IsPunct(_a + 1, ','))
            {
                return _a + 2;
            }

            var w = W(_a);
            var opening = IsWord(_a) && (Breaks.Contains(w) || Weekdays.Contains(w) || TimeWords.Contains(w)
                || (char.IsUpper(w[0]) && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && !IsCapitalised(_a + 1)));
            if (!opening || Pronouns.Contains(w))
            {
                return _a;
            }

            for (var k = _a + 1; k < _b && k < _a + 16; k++)
            {
                if (quoteOf[k] >= 0 || IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':'))
                {
                    return _a;
                }

                if (IsPunct(k, ','))
                {
                    return k + 1;
                }
            }

            return _a;
        }

        // An unnamed source: an indefinite or bare plural common noun ("an Egyptian official", "UN officials",
        // "critics"); "the minister" is a definite description of someone the article names.
        private bool IsVague(int first, int last)
        {
            if (first == last && Pronouns.Contains(W(first)))
            {
                return false;
            }

            // "Critics say", "Officials insisted": capitalised only because they open the sentence.
            if (first == last && (Quantifiers.Contains(W(first)) || UnnamedGroups.Contains(W(first))))
            {
                return true;
            }

            // A name may start with a lower-case particle: "Suleiman al-Amr", "Ursula von der Leyen".
            if (!char.IsLower(W(last)[0]) || HasCapitalAfterParticle(W(last)))
            {
                return false;
            }

            // "Mrs. Clinton’s aides" belong to someone named; they are not an unnamed source.
            return !Definite.Contains(W(first)) && !W(first).EndsWith("'s", StringComparison.Ordinal) && !HasPossessive(first, last);
        }
    }
}
