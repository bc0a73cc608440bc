using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// The rules that read one sentence window: labels, "according to", agentless passives, verbs with their subject
    /// or inverted speaker, reporting nouns and infinitives. Each looks at a bounded stretch of tokens.
    /// </summary>
    private sealed class SentenceScan : PhraseCues
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

                if (_quoteOf[i] >= 0 || _tokens[i].Kind != TokenKind.Word || (i != a && !_owner._triggers.Contains(W(i)) && !IsLabelStart(i)))
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

        // The model decides in context when there is one; otherwise the word's strength alone.
        private bool IsCue(int i)
        {
            _probability = 0;
            if (PlainAdverbs.Contains(W(i)))
            {
                return false;
            }

            var strength = _lexicon.Strength(W(i));
            if (_owner._model is not { } model)
            {
                return strength >= _minStrength;
            }

            if (strength < MinModelStrength)
            {
                return false;
            }

            // Newsroom reporting verbs (the lexicon's seed list) and verbs with a that-clause need less of the model,
            // which has seen few of the rarer ones.
            var p = model.Score(_document, _a, _b, i, _quoted);
            _probability = p;
            var that = strength >= _minStrength && Is(i + 1, "that");
            var rule = _owner._ruleProbability;
            _weak = !(p >= rule || (strength >= 0.9 && p >= rule / 3) || that);
            var min = _owner._minProbability;
            return p >= min || (strength >= 0.9 && p >= min / 3) || that;
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

            var documentVerb = DocumentVerbs.Contains(word);
            var stance = StanceVerbs.Contains(word) || documentVerb;
            if ((!char.IsLower(word[0]) && !IsHeadlineCue(i)) || (!IsCue(i) && !stance)
                || Is(i - 1, "to") || (i > _a && ((Determiners.Contains(W(i - 1)) && !IsQuantifierSubject(i - 1) && !IsCountedSubject(i - 1, word) && ShareAt(i - 1) is null) || (IsPossessive(i - 1) && !(i - 2 >= _a && (Pronouns.Contains(W(i - 2)) || Is(i - 2, "that"))))) && !Is(i - 1, "that")))
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

            // "with 30 percent of voters saying ...", "with three in 10 saying ...": the phrase after "with" speaks.
            var withPhrase = false;
            if (gerund && left is null && subjectEnd == i - 1 && (IsWord(i - 1) || IsPunct(i - 1, '%')) && WithSubject(i - 1) is { } held)
            {
                left = held;
                withPhrase = true;
            }

            // "groups backing Cruz", "a super PAC supporting Clinton", "those seeking a recount": the noun holds the stance.
            var modifier = false;
            if (gerund && left is null && subjectEnd == i - 1 && IsWord(i - 1) && StanceGerunds.Contains(word) && !Breaks.Contains(W(i - 1))
                && !Pronouns.Contains(W(i - 1)) && LeftPhrase(i - 1) is { } holder
                && (Determiners.Contains(W(holder.First)) || IsCapitalised(holder.Last) || IsPlural(holder.Last)))
            {
                left = holder;
                modifier = true;
            }

            // "lawyers for the family said", "a spokesman for the company said", "experts on trade and farming said":
            // the head noun before the prepositional phrase is the speaker's own.
            if (left is { } complement && HeadBeforeComplement(complement.First) is { } head)
            {
                left = (head, complement.Last);
            }

            if (left is { } restricted && !word.EndsWith("ing", StringComparison.Ordinal) && !Pronouns.Contains(W(restricted.First))
                && _lexicon.Strength(word) >= 0.5
                && RelativeAntecedent(restricted.First - 1) is { } antecedent)
            {
                left = antecedent;
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

            // "records show", and "a poll conducted by the party in May showed", "new polls released Sunday showed":
            // the document heads its phrase.
            if (documentVerb && left is { } described && !DocumentNouns.Contains(W(described.Last)) && DocumentBefore(subjectEnd) is { } record)
            {
                left = record;
            }

            var document = documentVerb && left is { } shown && DocumentNouns.Contains(W(shown.Last));
            if (left is { } candidate && !gerund && !word.EndsWith("ed", StringComparison.Ordinal) && !IsIrregularPast(word)
                && subjectEnd == i - 1 && !LooksLikeSubject(candidate.First, candidate.Last) && _probability < ConfidentCue && !document)
            {
                left = null;
            }

            if (stance && (left is null || subjectEnd != i - 1 && !Auxiliaries.Contains(W(i - 1)) && !document))
            {
                return null;
            }

            if (documentVerb && (left is not { } doc || !DocumentNouns.Contains(W(doc.Last))))
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
                && (!IsTimePhrase(rightContentStart, rc.End) || IsQuoteMark(rightContentStart - 1) || _quoteOf[rightContentStart] >= 0);

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
                _rule = withPhrase ? AttributionRule.WithParticiple : modifier ? AttributionRule.GerundModifier : AttributionRule.VerbSubject;
                source = Tokens(l.First, l.Last);
                vague = IsVague(l.First, l.Last);

                // `"...," he said`: the quotation or clause before the speaker is the content; what follows the cue
                // is content too only when it opens with "that", a colon or a quotation (`"...," he said, "..."`).
                var before = l.First - 1;
                // `"plain" Iraq continued to be in breach`: a verb that carries an infinitive signs no quotation.
                var afterQuote = before > _a && (IsQuoteMark(before) || (IsPunct(before, ',') && _quoteOf[before - 1] >= 0))
                    && !(Is(i + 1, "to") && Catenatives.Contains(word));
                var inverted = afterQuote || (before - _a >= 4 && IsPunct(before, ',') && !hasRightContent);
                var framed = rightContentStart < _b && (rightContentStart > i + 1 || IsQuoteMark(rightContentStart - 1) || _quoteOf[rightContentStart] >= 0);
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
                if (IsPunct(r.Last + 1, ',') && (IsQuoteMark(r.Last + 2) || _quoteOf[Math.Min(r.Last + 2, _tokens.Count - 1)] >= 0))
                {
                    AddRight(FirstContentToken(r.Last + 1), source, vague, cue);
                }
            }
            else if (_lexicon.Strength(word) < 0.5 && !(_probability >= FallbackCue && hasRightContent && NearestSubject(i) is not null))
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

            // A participle's holder is no subject the next verb shares.
            if (!modifier)
            {
                sharedSource = source;
                sharedVague = vague;
            }

            return right is { } rr ? rr.Last : i;
        }

        // The noun phrase ending at token j right after "with" ("with 47 percent of Cuban Americans"), at most 8 words back.
        private (int First, int Last)? WithSubject(int j)
        {
            for (var k = j; k > _a && k > j - 8; k--)
            {
                if (Is(k - 1, "with"))
                {
                    return LeftPhrase(j) is { } phrase ? (Math.Min(k, phrase.First), phrase.Last) : null;
                }

                if (!IsWord(k) && !IsPunct(k, '%') || _quoteOf[k] >= 0 || Is(k, "and") || Is(k, "that") || Is(k, "who"))
                {
                    return null;
                }
            }

            return null;
        }

        // A verb coordinated with the clause before it: "..., insisting", "and said", "and then said", "and has long argued".
        private bool IsJoined(int i, int subjectEnd)
        {
            var j = subjectEnd >= _a && subjectEnd < i ? subjectEnd : i - 1;
            return IsPunct(i - 1, ',') || Is(i - 1, "and") || Is(i - 1, "as") || IsPunct(j, ',') || Is(j, "and") || Is(j, "but");
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
            while (start > _a && !IsPunct(start - 1, ',') && !IsPunct(start - 1, ';') && end - start < 12 && _quoteOf[start - 1] < 0)
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

        // "Former Pollster Says Clinton Is In Trouble": a strong cue in a title-case headline.
        private bool IsHeadlineCue(int i) =>
            i > _a && IsCapitalised(i - 1) && IsCapitalised(i + 1) && _lexicon.Strength(W(i)) >= 0.5
            && !W(i).EndsWith("ing", StringComparison.Ordinal);

        // "Many fear ...", "Most say ...": a quantifier standing alone as the subject.
        // "rejected Mayor Dunn's claim that ...", "dismissed her view that ...": the that-clause is the object's report.
        private bool ObjectIsReport(int i, int contentStart)
        {
            var noun = contentStart - 2;
            return noun > i + 1 && Is(noun + 1, "that") && _lexicon.Strength(W(noun)) >= MinModelStrength
                && (IsPossessive(noun - 1) || PossessivePronouns.Contains(W(noun - 1)));
        }
    }
}
