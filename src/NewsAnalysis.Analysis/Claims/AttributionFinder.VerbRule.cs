using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// The reporting-verb rule: "Clinton said ...", `"...," said Netanyahu`, "Cruz faced criticism from ...", "was asked
    /// by the moderator whether ...", "..., insisting that ...".
    /// </summary>
    private sealed partial class SentenceScan
    {
        // What the subject search found before a reporting verb: the speaker, if any, and how it stands to the verb.
        private readonly record struct VerbSubject(
            (int First, int Last)? Left, int SubjectEnd, bool Gerund, bool WithPhrase, bool Modifier, bool Document);

        // Where what was said starts after the verb, and whether there is anything said there.
        private readonly record struct VerbContent(int Start, bool Found);

        private int? Verb(int i, ref Span? sharedSource, ref bool sharedVague)
        {
            var word = W(i);
            var documentVerb = DocumentVerbs.Contains(word);
            var stance = StanceVerbs.Contains(word) || documentVerb;
            if (!IsReportingVerb(i, word, stance))
            {
                return null;
            }

            if (IsReceivedReport(i, word))
            {
                return ReceivedReport(i);
            }

            if (IsToldNewsroom(i, word) is { } toldEnd)
            {
                return toldEnd;
            }

            if (IsToldPassive(i, word) is { } be)
            {
                return AgentlessTold(be, i);
            }

            if (IsPassive(i, word, out var agentLast))
            {
                return agentLast;
            }

            var subject = FindSubject(i, word, documentVerb);
            if (!SubjectFitsVerb(i, word, stance, documentVerb, in subject))
            {
                return null;
            }

            var contentStart = FirstContentToken(i + 1);
            var content = new VerbContent(contentStart, HasRightContent(i, contentStart));
            var right = subject.Left is null && !subject.Gerund ? SpeakerAfter(i) : null;
            var cue = Tokens(i, i);
            Span source;
            bool vague;
            if (subject.Left is { } l)
            {
                (source, vague) = SubjectSpeaks(i, l, in subject, content, cue);
            }
            else if (right is { } r)
            {
                (source, vague) = InvertedSpeakerSpeaks(i, r, cue);
            }
            else if (!ClauseSpeaker(i, in subject, content, sharedSource, sharedVague, cue, out source, out vague))
            {
                return stance || !content.Found ? null : AnySubject(i, subject.SubjectEnd, content.Start, cue);
            }

            // A participle's holder is no subject the next verb shares; nor is the subject of a verb barely a cue ("said he
            // would vote against it, calling it ...": the one who said calls it so).
            if (!subject.Modifier && !(_weak && InsideReportedSpeech(i)))
            {
                sharedSource = source;
                sharedVague = vague;
            }

            return right is { } rr ? rr.Last : i;
        }

        // A reporting verb within the next few words ("released this month found").
        private bool ReportVerbSoonAfter(int from)
        {
            for (var k = from; k < _b && k < from + 4 && IsWord(k) && _quoteOf[k] < 0; k++)
            {
                if (_lexicon.Strength(W(k)) >= 0.3 && char.IsLower(W(k)[0]))
                {
                    return true;
                }
            }

            return false;
        }

        // A word the lexicon or the model takes as a report here, standing where a verb stands.
        private bool IsReportingVerb(int i, ReadOnlySpan<char> word, bool stance)
        {
            // Words the lexicon keeps that PolNeAR's train split rarely marks when they have a subject of their own:
            // "the battleground states", "he had known", "she believed", "widely", "reportedly", "talks aimed at".
            // A particle belongs to the verb before it ("shrugs off", "lashed out") and is never the verb itself.
            // So is "defending" before "champion": a title, not an argument.
            if (NotVerbCues.Contains(word) || Particles.Contains(word) || IsAgentNoun(i, word)
                || (word is "states" && !Is(i + 1, "that")) || (word is "aimed" && Is(i + 1, "at"))
                || (word is "defending" && (Is(i + 1, "champion") || Is(i + 1, "champions") || Is(i + 1, "title")))
                // "A Gallup survey released this month found": the participle dates the record; the verb after it reports.
                || (word.EndsWith("ed", StringComparison.Ordinal) && i - 1 >= _a && RecordNouns.Contains(W(i - 1)) && ReportVerbSoonAfter(i + 1))
                // "Many dedicated fans travelled": a participle before the noun of a quantity is an adjective.
                || (word.EndsWith("ed", StringComparison.Ordinal) && i - 1 >= _a && IsQuantifierSubject(i - 1) && IsWord(i + 1) && char.IsLower(W(i + 1)[0])
                    && IsPlural(i + 1) && i + 2 < _b && IsWord(i + 2) && IsPastTense(W(i + 2)))
                // "expressed frustration at the delay", "expressed concern about", "provided assurances that": a noun the verb
                // before it takes as its object.
                || (i - 1 >= _a && IsWord(i - 1) && char.IsLower(W(i - 1)[0]) && IsPastTense(W(i - 1))
                    && (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("sion", StringComparison.Ordinal) || FeltNouns.Contains(word)
                        || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ness", StringComparison.Ordinal)))
                // "Double try scorer Martyn Williams", "a deal maker": a word before an agent noun names its deed.
                || (char.IsLower(word[0]) && IsWord(i + 1) && DoerNouns.Contains(W(i + 1)))
                // "Amber warning as Storm Darragh brings 90mph winds", "Police warning over scam calls": an -ing word right
                // after the one word opening the sentence names the thing.
                || (word.EndsWith("ing", StringComparison.Ordinal) && i - 1 == _a && IsCapitalised(_a) && !Pronouns.Contains(W(_a))
                    && !SubjectStops.Contains(W(_a)) && !AdjunctPrepositions.Contains(W(_a)) && W(_a) is not ("Without" or "By" or "Despite" or "Upon" or "On"))
                // "Nvidia revenue beats forecasts": expectations met or missed, not a forecast made.
                || (word is "forecasts" or "forecast" or "estimates" or "expectations" && i - 1 >= _a && BeatenExpectations.Contains(W(i - 1)))
                // "paid tribute to the victims, saying ...": the tribute is paid; the verb is "paid".
                || (word is "tribute" or "tributes" or "homage" && i - 1 >= _a && W(i - 1) is "paid" or "pay" or "pays" or "paying")
                // "raised its full-year sales forecast and ...": the last noun of a phrase a possessive opens.
                || IsPossessedNounEnd(i)
                // "NASA has pushed back its Moon landing": a date moved, not an objection ("pushed back against").
                || (word is "push" or "pushes" or "pushed" or "pushing" && Is(i + 1, "back") && i + 2 < _b
                    && (PossessivePronouns.Contains(W(i + 2)) || Determiners.Contains(W(i + 2)) || IsNumber(i + 2)))
                // "signed a bill into law", "signed a two-year contract": a signature on a deed, not a statement.
                || (word is "sign" or "signs" or "signed" or "signing" && IsSignedDeed(i))
                // "signaled support for the framework", "IBM support for OS/2": support for something is a noun.
                || (word is "support" && Is(i + 1, "for"))
                // "price cuts weighed on margins": a burden, not a judgement ("weighed in on").
                || (word is "weighed" or "weighs" or "weighing" && Is(i + 1, "on"))
                // "the average asking price": a price, not a request.
                || (word is "asking" && (Is(i + 1, "price") || Is(i + 1, "prices") || Is(i + 1, "rent") || Is(i + 1, "rents")))
                // "she feared for patients": a worry for someone, not a fear that something is so.
                || (word is "feared" or "fears" or "fear" or "fearing" && Is(i + 1, "for"))
                // "Tesla is recalling 2 million vehicles": a product recall, not a memory.
                || (word is "recall" or "recalls" or "recalled" or "recalling" && IsProductRecall(i))
                // "She said in an official statement": a statement described after its determiner names no speaker.
                || (word is "statement" or "statements" && IsWord(i - 1) && !IsCapitalised(i - 1) && (Determiners.Contains(W(i - 2)) || PossessivePronouns.Contains(W(i - 2))))
                // "quoting the figure without explaining what it leaves out": what was not said (PolNeAR marks no such cue).
                || (word.EndsWith("ing", StringComparison.Ordinal) && Is(i - 1, "without"))
                // "threatened staff with a machete": a weapon, not words ("threatened to resign" still reports).
                || (word is "threaten" or "threatens" or "threatened" or "threatening" && IsArmedThreat(i))
                // "attacked Kevin Price outside his home", "attacked him with a hammer": a blow, not words.
                || (word is "attack" or "attacks" or "attacked" or "attacking" && IsPhysicalAttack(i))
                // "Residents will see their council tax rise": what someone will live through, not a view ("see it as").
                || (word is "see" && i - 1 >= _a && FutureModals.Contains(W(i - 1)) && !Is(i + 1, "that") && !IsWordSoon(i + 1, 6, "as"))
                // "the talking points", "the opening remarks": a plural after a determiner and an -ing word is a noun.
                || (word.EndsWith('s') && i - 2 >= _a && W(i - 1).EndsWith("ing", StringComparison.Ordinal) && Determiners.Contains(W(i - 2)))
                // "Bird flu found in dairy cattle", "a body found at the scene": where something was found, not a finding.
                // "a further 300 shown at the European Film Market": where films were screened, not what was shown.
                || (word is "found" or "shown" && (Is(i + 1, "in") || Is(i + 1, "at") || Is(i + 1, "near") || Is(i + 1, "inside") || Is(i + 1, "on"))
                    && (word is "shown" || !IsWordSoon(i + 2, 10, "that")))
                // "Streamwell shares slump": the company's shares, not what it shares ("shares his view", "shares that").
                || (word is "shares" && ShareMoves.Contains(W(i + 1)))
                // "would stop reporting subscriber numbers": a practice ended, not a report.
                || (word.EndsWith("ing", StringComparison.Ordinal) && i - 1 >= _a && Stopping.Contains(W(i - 1)))
                // "a second Rovers goal", "an England shirt": a bare word after a name an article opens is a noun (a verb
                // after "a ..." would need its -s).
                || (char.IsLower(word[0]) && !word.EndsWith('s') && !IsPastTense(word) && !word.EndsWith("ing", StringComparison.Ordinal)
                    && i - 2 >= _a && IsCapitalised(i - 1) && IndefiniteBefore(i - 1))
                // "call 101, quoting reference 4324", "quoting crime number ...": a number to give, not a quotation.
                || (word is "quoting" && (PoliceReferences.Contains(W(i + 1))
                    || ((Is(i + 1, "the") || Is(i + 1, "crime") || Is(i + 1, "incident")) && PoliceReferences.Contains(W(i + 2)))))
                // "admitted 14 counts of fraud", "admits one felony count of ...": a plea to the charges, not a statement.
                || (word is "admitted" or "admits" or "admit" or "admitting" && IsPlea(i + 1))
                // "denied his side a famous victory", "denied them the chance": kept from something, not a denial.
                || (word is "denied" or "denies" or "deny" or "denying" && IsDeprived(i + 1))
                // "talked him into extending his Wales career": persuaded, not a talk.
                || (word is "talked" or "talk" or "talks" or "talking" && IsWord(i + 1) && !Is(i + 1, "about") && (Is(i + 2, "into") || Is(i + 3, "into")))
                // "released a new album", "released the film in the US": a product out, not words (not "released a statement").
                || (word is "released" or "releases" or "release" or "releasing" && !ReleasesWords(i + 1))
                // "blasted wide", "blasted the ball home": a shot, not an attack in words.
                || (word is "blasted" or "blasts" or "blast" && (W(i + 1) is "wide" or "over" or "home" or "away" or "past" or "high" or "into"
                    || (Is(i + 1, "the") && Is(i + 2, "ball"))))
                // "Sideways has taken $46.8m", "had taken the prize": money or a prize won, not a position taken.
                || (word is "taken" or "took" && (IsNumber(i + 1) || W(i + 1) is "$" or "£" or "€" || (Is(i + 1, "the") && !TakenStances.Contains(W(i + 2)))))
                // "Elvis set to top UK singles chart", "Fry set for role": a headline's future, not a set-out view.
                || (word is "set" && (Is(i + 1, "to") || Is(i + 1, "for")))
                // "the economy hit Japanese industry's sales": a blow, unless someone "hit back at" or "hit out at" critics.
                || (word is "hit" or "hits" or "hitting" && !Is(i + 1, "back") && !Is(i + 1, "out"))
                // "posted a profit of $3.36bn", "posted a 222% rise in annual profit": results, not a post.
                || (word is "posted" or "posts" && PostedResults(i + 1))
                // "Sticking points", "The Fed rule raising rates": nouns, unless someone "points out", "points to" or "rules out".
                || (word is "points" or "point" or "rule" && !Is(i + 1, "out") && !Is(i + 1, "to"))
                // "according to" is a phrase of its own, a source or a measure, never a verb.
                || (word is "according" && Is(i + 1, "to"))
                // "the luxury fashion brand said": the noun before the subject's verb.
                || (char.IsLower(word[0]) && IsWord(i + 1) && W(i + 1) is "said" or "says" or "told" or "tells")
                // "filed for bankruptcy", "filed for divorce": a legal step, not a statement.
                || (word is "file" or "files" or "filed" or "filing" && Is(i + 1, "for"))
                // "calls snap election", "called a strike": an act that starts something, not a call for it.
                || (word is "call" or "calls" or "called" or "calling" && IsCalledEvent(i + 1))
                // "she called into a radio programme": a phone-in, not a call for something.
                || (word is "call" or "calls" or "called" or "calling" && (Is(i + 1, "into") || (Is(i + 1, "in") && Is(i + 2, "to"))))
                // "In a victim impact statement read to the court": the statement's participle, not someone reading.
                // "In a letter seen by the BBC" too.
                || (HandledDocumentParticiples.Contains(word) && i - 1 >= _a && HandledDocuments.Contains(W(i - 1))
                    && (Is(i + 1, "to") || Is(i + 1, "out") || Is(i + 1, "by") || Is(i + 1, "aloud") || Is(i + 1, "at")))
                // "emissions rose again": a rise, unless someone "rose to the defence of" or "rose to defend" someone.
                || (word is "rose" or "rise" or "rises" or "rising" or "risen" && !(Is(i + 1, "to") && IsWord(i + 2) && !IsNumber(i + 2))))
            {
                return false;
            }

            // "aired footage of Trump saying ...": a recording is no verb; the one recorded speaks.
            if (Recordings.Contains(word))
            {
                return false;
            }

            // "Recent reports have revealed", "new claims are": a bare -s form before a finite verb is its subject (not
            // after a pronoun: "a model that it says can reason").
            if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && i + 1 < _b && FiniteAuxiliaries.Contains(W(i + 1))
                && !IsRelativeReport(i, word))
            {
                return false;
            }

            // "Peace talks in Geneva collapsed", "trade talks resumed": the talks are a noun.
            if (word is "talks" && i - 1 >= _a && TalkTopics.Contains(W(i - 1)))
            {
                return false;
            }

            // "privately warned", "once again insisted": the adverb is part of the cue, the verb after it is the report.
            if (IsAdverb(i) || Auxiliaries.Contains(word) || PlainAdverbs.Contains(word))
            {
                return false;
            }

            // The cue model (IsCue) last: most words fail the cheaper tests, and the rules after this one score again. A
            // newsroom's "..., the BBC understands" is sure whatever the model says of it.
            return !((!char.IsLower(word[0]) && !IsHeadlineCue(i)) || Is(i - 1, "to") || IsNounPosition(i, word)
                     || (!IsNewsroomSourcing(i, word) && !IsRelativeReport(i, word) && AccusedBy(i, word) is null && !IsCue(i) && !stance))
                && !IsAnonymityRequest(i, word) && !IsNaming(i, word) && !IsNoComment(i, word) && !IsPublishedModifier(i, word)
                && !IsAddingThing(i, word) && !IsCatenative(i, word) && !IsJoinedVerb(i) && !IsClaimedPrize(i, word) && !IsProductRecall(i, word)
                && !IsDescribedThing(i, word) && !IsUnderNoun(i) && !IsValueEstimate(i, word) && !IsWrittenTo(i, word) && !IsMediumAside(i, word) && !IsReportedComments(i, word);
        }

        // "Google has been accused by the Department of Justice of maintaining a monopoly", "was criticised by MPs for
        // failing to ...": the charge after the agent is what the agent said. Returns the "of" or "for".
        private int? AccusedBy(int i, ReadOnlySpan<char> word)
        {
            if (!(word is "accused" or "criticised" or "criticized" or "blamed" or "condemned" or "praised" or "attacked" or "slammed" or "denounced")
                || !Is(i + 1, "by") || i - 1 < _a || !(Be.Contains(W(i - 1)) || Is(i - 1, "been")))
            {
                return null;
            }

            // The charge's "of" is the first one before a word in lower case ("by the Department of Justice of
            // maintaining", "by police of the murder of his wife").
            for (var k = i + 3; k < _b && k <= i + 10 && _quoteOf[k] < 0 && (IsWord(k) || IsPossessive(k)); k++)
            {
                if (((Is(k, "of") && word is "accused") || (Is(k, "for") && word is not "accused")) && k + 1 < _b && IsWord(k + 1) && char.IsLower(W(k + 1)[0]))
                {
                    return k;
                }
            }

            return null;
        }

        // "a model that it says can reason", "a drug that he said would cure cancer": a report inside a relative clause,
        // its content the clause's own verb.
        private bool IsRelativeReport(int i, ReadOnlySpan<char> word) =>
            i - 2 >= _a && (Is(i - 2, "that") || Is(i - 2, "which")) && W(i - 1) is "he" or "she" or "it" or "they"
            && i + 1 < _b && FiniteAuxiliaries.Contains(W(i + 1)) && _lexicon.Strength(word) >= 0.5
            && (IsPastTense(word) || word is "says" or "say" or "claims" or "claim");

        // "..., the BBC understands.", "..., BBC Scotland has learned.": a newsroom vouching for what it was told.
        private bool IsNewsroomSourcing(int i, ReadOnlySpan<char> word)
        {
            if (!(word is "understands" or "learned" or "learnt") || !(i + 1 >= _b || IsPunct(i + 1, '.')) || !IsCapitalised(i - 1 - (Is(i - 1, "has") ? 1 : 0)))
            {
                return false;
            }

            for (var k = i - 1; k >= _a && k >= i - 5; k--)
            {
                if (IsPunct(k, ','))
                {
                    _probability = ConfidentCue;
                    _weak = false;
                    return true;
                }
            }

            return false;
        }

        // "The England defender said", "film critic Paul Smith", "a passionate defender of RT": a person's noun, not a cue.
        private bool IsAgentNoun(int i, ReadOnlySpan<char> word) =>
            AgentNouns.Contains(word) && (IsCapitalised(i - 1) || IsCapitalised(i + 1) || Is(i - 1, "film") || Is(i + 1, "said") || Is(i + 1, "says")
                || (Is(i + 1, "of") && !AfterBe(i)));

        // "is an outspoken supporter of": the noun is the predicate of a stance its subject takes.
        private bool AfterBe(int i)
        {
            for (var k = i - 1; k >= _a && k >= i - 3; k--)
            {
                if (Be.Contains(W(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet TalkTopics = new(
            "peace", "trade", "ceasefire", "truce", "coalition", "budget", "climate", "nuclear", "contract", "merger", "pay",
            "settlement", "takeover", "debt", "border", "security", "exploratory", "bilateral", "direct", "indirect", "crisis", "unity");

        // "the tweets", "his claims": after a determiner or a possessive the word is a noun, unless the determiner
        // stands as the subject itself ("Many fear", "Both said", "half said") or the possessive is a pronoun's. So is
        // a plural after digits ("rose 13.30 points to 3894.60").
        private bool IsNounPosition(int i, ReadOnlySpan<char> word) =>
            i > _a && (((Determiners.Contains(W(i - 1)) && !IsQuantifierSubject(i - 1) && !IsCountedSubject(i - 1, word) && ShareAt(i - 1) is null)
                || (IsPossessive(i - 1) && !(i - 2 >= _a && (Pronouns.Contains(W(i - 2)) || Is(i - 2, "that"))))) && !Is(i - 1, "that")
                || (_tokens[i - 1].Kind == Text.TokenKind.Number && IsPlural(i) && word is not "says")
                // "Real in talks over a move", "under threat": after a preposition a word is its object, unless a
                // gerund ("for saying") or a report noun with its clause ("took offense at suggestions that ...",
                // "amid claims that ...").
                || (NounPrepositions.Contains(W(i - 1)) && !word.EndsWith("ing", StringComparison.Ordinal) && !Is(i + 1, "that") && _quoteOf[i - 1] < 0)
                // "The civil defense agency", "a regular press briefing": a bare form after "the" and one singular word would
                // need an -s as a verb ("-ss" is no such -s).
                // "Critics of the measure argue": not after a preposition, where "the" opens an object.
                || (i - 2 >= _a && (Is(i - 2, "the") || Is(i - 2, "a") || Is(i - 2, "an")) && !(i - 3 >= _a && Breaks.Contains(W(i - 3)))
                    && IsWord(i - 1) && char.IsLower(W(i - 1)[0]) && !IsPlural(i - 1) && !IsAdverb(i - 1) && !Auxiliaries.Contains(W(i - 1))
                    && char.IsLower(word[0]) && !IsPlural(i) && !IsPastTense(word) && !IsIrregularPast(word) && !word.EndsWith("ing", StringComparison.Ordinal)
                    && word is not ("forecast" or "broadcast" or "understood") && (Is(i - 2, "a") || Is(i - 2, "an") || IsNounAfter(i + 1)))
                // "told a regular press briefing that": a plain form before the occasion's noun names the occasion.
                || (i > _a && i + 1 < _b && Occasions.Contains(W(i + 1)) && !Pronouns.Contains(W(i - 1)) && !IsPastTense(word) && !IsPlural(i)
                    && !word.EndsWith("ing", StringComparison.Ordinal)));

        // "I can see no problem" is a view; what "will" or "would" see is what happens to someone.
        private static readonly WordSet FutureModals = new("will", "would", "could", "may", "might", "'ll", "’ll", "'d", "’d");

        private static readonly WordSet ShareMoves = new(
            "rose", "rise", "fell", "fall", "slump", "slumped", "jump", "jumped", "surge", "surged", "drop", "dropped", "tumble",
            "tumbled", "plunge", "plunged", "soar", "soared", "sank", "sink", "climb", "climbed", "slid", "slide", "rally",
            "rallied", "gained", "lost", "closed", "ended", "traded", "were", "are", "have", "had", "in", "of", "to", "hit");

        private bool IndefiniteBefore(int name)
        {
            var j = name - 1;
            while (j >= _a && j > name - 4 && (IsCapitalised(j) || Is(j, "second") || Is(j, "third") || Is(j, "first") || Is(j, "late") || Is(j, "new")))
            {
                j--;
            }

            return j >= _a && (Is(j, "a") || Is(j, "an") || Is(j, "another"));
        }

        private static readonly WordSet HandledDocumentParticiples = new(
            "read", "seen", "obtained", "leaked", "sent", "shared", "circulated", "published", "released");

        private static readonly WordSet HandledDocuments = new(
            "statement", "letter", "message", "note", "memo", "email", "e-mail", "document", "documents", "report", "dossier", "papers");

        private static readonly WordSet Stopping = new(
            "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "halt", "halts", "halted", "suspend", "suspended");

        private static readonly WordSet Weapons = new(
            "machete", "knife", "knives", "gun", "guns", "pistol", "handgun", "shotgun", "rifle", "firearm", "weapon", "axe",
            "hammer", "bat", "blade", "screwdriver", "bottle", "crowbar", "syringe", "sword");

        private bool IsPhysicalAttack(int i)
        {
            var k = i + 1;
            if (k < _b && ObjectPronouns.Contains(W(k)))
            {
                k++;
            }
            else
            {
                while (k < _b && k <= i + 4 && IsCapitalised(k))
                {
                    k++;
                }
            }

            // Not "attacked Trump in a speech" or "on Twitter": only a place beside the person, or a weapon.
            return k > i + 1 && k < _b && W(k) is "outside" or "inside" or "near" or "with" && (!Is(k, "with") || IsArmedThreat(i));
        }

        private bool IsArmedThreat(int i)
        {
            for (var k = i + 1; k < _b && k <= i + 6 && IsWord(k); k++)
            {
                if (Is(k, "with"))
                {
                    for (var j = k + 1; j < _b && j <= k + 4 && IsWord(j); j++)
                    {
                        if (Weapons.Contains(W(j)))
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        // The word among the next few unquoted ones: "see it as a betrayal", "found in a study published on Tuesday that".
        private bool IsWordSoon(int from, int window, string word)
        {
            for (var k = from; k < _b && k < from + window && IsWord(k) && _quoteOf[k] < 0; k++)
            {
                if (Is(k, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet Deeds = new("bill", "bills", "law", "laws", "deal", "agreement", "contract", "treaty", "order", "decree", "accord", "deed");

        private bool IsSignedDeed(int i)
        {
            for (var k = i + 1; k < _b && k <= i + 4 && IsWord(k); k++)
            {
                if (Deeds.Contains(W(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPossessedNounEnd(int i)
        {
            // "raised its full-year profit forecast to about £2.9bn": a forecast noun goes on with what it was moved to.
            if (!(i + 1 >= _b || Is(i + 1, "and") || Is(i + 1, "or") || IsPunct(i + 1, ',') || IsPunct(i + 1, '.') || IsPunct(i + 1, ';')
                || ((Is(i + 1, "to") || Is(i + 1, "for")) && W(i) is "forecast" or "forecasts" or "estimate" or "estimates" or "guidance" or "outlook")))
            {
                return false;
            }

            for (var k = i - 1; k >= _a && k >= i - 3; k--)
            {
                if (!IsWord(k) || IsPastTense(W(k)) || Auxiliaries.Contains(W(k)))
                {
                    return false;
                }

                // Only an object's phrase ("raised its forecast", "on its forecast"), not a subject's ("..., his family said").
                if (PossessivePronouns.Contains(W(k)) || IsPossessive(k))
                {
                    var before = IsPossessive(k) ? k - 2 : k - 1;
                    return k < i - 1 && before >= _a && IsWord(before) && char.IsLower(W(before)[0]) && !Conjunctions.Contains(W(before))
                        && !SubjectStops.Contains(W(before));
                }
            }

            return false;
        }

        // A word after a noun of a compound ("defense agency", "recognition function") or a noun's complement ("a
        // tribute to him" excepted, as "to" follows verbs too: "the government want to").
        private bool IsNounAfter(int k) =>
            k < _b && IsWord(k) && _quoteOf[k] < 0
            && (Is(k, "of") || Is(k, "for") || Is(k, "about") || Is(k, "on") || Is(k, "over")
                || (char.IsLower(W(k)[0]) && !Breaks.Contains(W(k)) && !Determiners.Contains(W(k)) && !Quantifiers.Contains(W(k))
                    && !ObjectPronouns.Contains(W(k)) && !PossessivePronouns.Contains(W(k)) && !IsAdverb(k)));

        private static readonly WordSet NounPrepositions = new("in", "on", "at", "of", "into", "over", "under", "with", "without");

        // "Cruz faced criticism for ...", "the plan drew questions from Berlin": the subject receives the report.
        private bool IsReceivedReport(int i, ReadOnlySpan<char> word) => i - 1 >= _a && Received.Contains(W(i - 1)) && !char.IsUpper(word[0]);

        // The received report's source, if named, follows "from"; the clause before the verb is what was criticised.
        private int? ReceivedReport(int i)
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
        // report names its source after "by" (agentLast); any other passive participle is no report (agentLast null).
        private bool IsPassive(int i, ReadOnlySpan<char> word, out int? agentLast)
        {
            agentLast = Is(i + 1, "by") ? PassiveAgent(i) : null;
            return agentLast is not null || IsPassiveParticiple(i, word);
        }

        // "Ministers have been warned that the plan could fail", "He was told that ...": whoever is told is no
        // source; the passive names none. Returns the form of "be".
        private int? IsToldPassive(int i, ReadOnlySpan<char> word) =>
            word is "told" or "warned" or "assured" or "informed" or "reminded" or "advised" && Is(i + 1, "that") && i > _a
            && BeBefore(i) is var be && be >= _a && !PerfectHas(be) ? be : null;

        // "..., BBC Sport has been told.": a newsroom closing the sentence with what someone it does not name told it.
        private int? IsToldNewsroom(int i, ReadOnlySpan<char> word)
        {
            if (word is not "told" || !(i + 1 >= _b || (i + 2 >= _b && IsPunct(i + 1, '.'))) || !Is(i - 1, "been") || !(Is(i - 2, "has") || Is(i - 2, "have")))
            {
                return null;
            }

            for (var k = i - 3; k > _a && k >= i - 6; k--)
            {
                if (IsPunct(k, ','))
                {
                    if (!(IsCapitalised(k + 1) || (Is(k + 1, "the") && IsCapitalised(k + 2))) || ContentBetween(_a, k - 1) is not { } content)
                    {
                        return null;
                    }

                    _found.Add(new FoundAttribution(content, AttributionKind.Vague, null, Tokens(i - 2, i), Rule: AttributionRule.Agentless));
                    return i;
                }

                if (!IsWord(k) || _quoteOf[k] >= 0)
                {
                    return null;
                }
            }

            return null;
        }

        private int? AgentlessTold(int be, int i)
        {
            if (ContentBetween(i + 2, _b - 1) is { } content)
            {
                _found.Add(new FoundAttribution(content, AttributionKind.Vague, null, Tokens(be, i), Rule: AttributionRule.Agentless));
            }

            return i + 1;
        }

        // A passive participle is not a report ("was charged with", "opposed by most Republicans").
        private bool IsPassiveParticiple(int i, ReadOnlySpan<char> word) =>
            IsPastTense(word) && (Is(i + 1, "by") || (Is(i + 1, "with") && word is not "said"
                    // "The judge agreed with Ivana Trump" sides with her; "security measures agreed with the US" were settled.
                    && !(AgreeVerbs.Contains(word) && !(IsWord(i - 1) && char.IsLower(W(i - 1)[0]) && IsPlural(i - 1) && !IsPeopleNoun(W(i - 1)))))
                // "people accused of rape": the active verb names whom it accuses before "of".
                || (Is(i + 1, "of") && word is "accused" or "suspected" or "convicted" or "cleared" or "acquitted")
                || (IsPunct(i - 1, ',') && Is(i + 1, "as") && word is not ("said" or "added" or "wrote" or "told"))
                || (i > _a && BeBefore(i) is var be && be >= _a && !Is(i + 1, "that") && !PerfectHas(be))
                // "Ministers urged to act", "Boeing told to pay": the active verb names whom it urges before "to".
                || (Is(i + 1, "to") && PressedToAct.Contains(word) && i > _a && IsWord(i - 1) && !Auxiliaries.Contains(W(i - 1))))
            || (IsEnParticiple(word) && i > _a && !Is(i + 1, "that") && BeBefore(i) is var before && before >= _a && !PerfectHas(before));

        private bool IsCalledEvent(int k)
        {
            for (var t = k; t < _b && t <= k + 2; t++)
            {
                // Not "called the election a farce": a verdict on it.
                if (CalledEvents.Contains(W(t)))
                {
                    return t + 1 >= _b || !IsWord(t + 1) || AdjunctPrepositions.Contains(W(t + 1)) || W(t + 1) is "for" or "over" or "against" or "to" or "as" or "and";
                }

                if (!(Is(t, "a") || Is(t, "an") || Is(t, "the") || Is(t, "snap") || Is(t, "early") || Is(t, "general") || Is(t, "national")
                      || Is(t, "nationwide") || Is(t, "fresh") || Is(t, "new")))
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly WordSet CalledEvents = new(
            "election", "elections", "vote", "referendum", "poll", "strike", "strikes", "meeting", "summit", "halt", "truce", "ceasefire", "timeout");

        private static readonly WordSet FeltNouns = new(
            "concern", "concerns", "fear", "fears", "doubt", "doubts", "anger", "alarm", "dismay", "hope", "hopes", "worry", "worries",
            "regret", "sympathy", "condolences", "gratitude", "confidence", "scepticism", "skepticism", "surprise", "outrage", "support",
            "assurance", "assurances", "reassurance", "reassurances", "guarantee", "guarantees");

        private static readonly WordSet BeatenExpectations = new(
            "beats", "beat", "beating", "misses", "missed", "missing", "tops", "topped", "exceeds", "exceeded", "meets", "met", "lags", "trails", "surpasses", "surpassed");

        private static readonly WordSet DoerNouns = new(
            "scorer", "scorers", "maker", "makers", "taker", "takers", "winner", "winners", "holder", "holders", "setter", "setters");

        private static readonly WordSet PoliceReferences = new("reference", "ref", "crime", "incident", "log", "case", "number", "operation", "occurrence");

        private static readonly WordSet PressedToAct = new("urged", "told", "ordered", "advised", "encouraged", "pressed", "instructed", "implored");

        // The phrase before the verb that speaks, past auxiliaries, complements and relative clauses.
        private VerbSubject FindSubject(int i, ReadOnlySpan<char> word, bool documentVerb)
        {
            // A gerund has no subject of its own unless it is progressive ("is saying"); a bare -s form or base
            // form is a noun as often as a verb ("the tweets", "83 percentage points"), so it needs a subject-like
            // word right before it.
            var subjectEnd = SkipAuxiliariesLeft(i - 1);
            var gerund = word.EndsWith("ing", StringComparison.Ordinal);
            var left = gerund && !IsProgressive(subjectEnd, i)
                ? null
                : LeftPhrase(subjectEnd);
            var withPhrase = false;
            var modifier = false;
            if (gerund && left is null && subjectEnd == i - 1)
            {
                left = GerundHolder(i, word, out withPhrase, out modifier);
            }

            left = RefineSubject(i, word, subjectEnd, documentVerb, left);
            if (left is { } phrase && SayInside(phrase.First, phrase.Last) is { } clauseFirst)
            {
                // "The authors say the results confirm ...": the clause's own subject follows the inner "say".
                left = (clauseFirst, phrase.Last);
            }

            var document = documentVerb && left is { } shown && IsDocumentPhrase(shown);
            if (left is { } candidate && !gerund && !IsPastTense(word)
                && subjectEnd == i - 1 && !LooksLikeSubject(candidate.First, candidate.Last) && _probability < ConfidentCue && !document)
            {
                left = null;
            }

            // "..., 140 on Saturday, 43 on Sunday and 15 on Monday, said industry officials": a day is nobody.
            if (left is { } day && day.First == day.Last && (Weekdays.Contains(W(day.First)) || TimeWords.Contains(W(day.First))))
            {
                left = null;
            }

            left ??= gerund ? null : BareSubjectAtEnd(i);
            return new VerbSubject(left, subjectEnd, gerund, withPhrase, modifier, document);
        }

        private bool PostedResults(int k)
        {
            for (var t = k; t < _b && t <= k + 4; t++)
            {
                if (IsPunct(t, '%') || W(t) is "profit" or "profits" or "loss" or "losses" or "revenue" or "revenues" or "sales" or "rise" or "fall"
                    or "gain" or "gains" or "drop" or "decline" or "increase" or "growth" or "earnings" or "deficit" or "surplus" or "$" or "£" or "€")
                {
                    return true;
                }
            }

            return false;
        }

        private bool ReleasesWords(int k)
        {
            for (var t = k; t < _b && t <= k + 3 && IsWord(t); t++)
            {
                if (Carriers.Contains(W(t)) || DocumentNouns.Contains(W(t)) || RecordNouns.Contains(W(t)) || W(t) is "details" or "findings" or "results" or "figures")
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet TakenStances = new("view", "position", "stance", "line", "issue", "aim", "step", "decision", "side");

        private bool IsDeprived(int k)
        {
            var article = ObjectPronouns.Contains(W(k)) || IsCapitalised(k) ? k + 1
                : PossessivePronouns.Contains(W(k)) && IsWord(k + 1) ? k + 2
                : -1;
            return article > k && article < _b && (W(article) is "a" or "an" or "any" || (ObjectPronouns.Contains(W(k)) && Is(article, "the")));
        }

        private bool IsPlea(int k)
        {
            for (var t = k; t < _b && t <= k + 2 && IsWord(t); t++)
            {
                if (Charges.Contains(W(t)))
                {
                    return true;
                }

                if (!(IsNumber(t) || Is(t, "a") || Is(t, "the") || Is(t, "all") || Is(t, "both") || Is(t, "felony") || Is(t, "misdemeanour")
                      || Is(t, "misdemeanor") || Is(t, "criminal") || Is(t, "further")))
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly WordSet Charges = new("count", "counts", "charge", "charges", "offence", "offences", "offense", "offenses");

        private bool IsProductRecall(int i)
        {
            for (var k = i + 1; k < _b && k <= i + 5 && IsWord(k); k++)
            {
                if (IsNumber(k) || RecalledGoods.Contains(W(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet RecalledGoods = new(
            "vehicles", "cars", "trucks", "products", "models", "units", "batches", "devices", "phones", "laptops", "toys",
            "packs", "bottles", "jars", "tins", "cans", "bags", "batteries", "chargers", "tablets", "medicines", "cots", "seats");

        // A headline's "..., health ministry says": a bare noun or two between a comma and a closing cue.
        private (int First, int Last)? BareSubjectAtEnd(int i)
        {
            if (!InvertingVerbs.Contains(W(i)) || !(i + 1 >= _b || (i + 2 >= _b && !IsWord(i + 1))))
            {
                return null;
            }

            // "..., US media report.", "..., Russian state media said.": a people's name may open it.
            for (var first = i - 1; first >= i - 3 && first > _a && (IsBareNoun(first) || (first < i - 1 && IsCapitalised(first) && IsPunct(first - 1, ','))); first--)
            {
                if (IsPunct(first - 1, ','))
                {
                    return (first, i - 1);
                }
            }

            return null;
        }

        private int? SayInside(int first, int last)
        {
            for (var k = last - 1; k > first; k--)
            {
                if (W(k) is "say" or "says" or "said" or "tell" or "tells" or "told")
                {
                    var start = Is(k + 1, "that") ? k + 2 : k + 1;
                    return start <= last && !Determiners.Contains(W(k - 1)) ? start : null;
                }
            }

            return null;
        }

        // "Ms Sturgeon wrote to Mr McConnell on Tuesday accusing him of ...": the one who wrote the letter says it.
        private (int First, int Last)? WriterBefore(int i)
        {
            for (var k = i - 2; k > _a + 1 && k >= i - 12; k--)
            {
                if (Is(k, "to") && IsWritingVerb(W(k - 1)))
                {
                    var subjectEnd = SkipAuxiliariesLeft(k - 2);
                    return subjectEnd >= _a && LeftPhrase(subjectEnd) is { } writer ? RefineSubject(k - 1, W(k - 1), subjectEnd, false, writer) : null;
                }

                if ((!IsWord(k) && !IsPossessive(k)) || _quoteOf[k] >= 0)
                {
                    return null;
                }
            }

            return null;
        }

        // The noun a gerund right after it speaks for, when the gerund has no subject of its own.
        private (int First, int Last)? GerundHolder(int i, ReadOnlySpan<char> word, out bool withPhrase, out bool modifier)
        {
            withPhrase = false;
            modifier = false;
            if (WriterBefore(i) is { } writer)
            {
                return writer;
            }

            // "a statement saying ...", "911 calls saying ...", "22 percent saying ...": the noun is the source.
            if (IsWord(i - 1) && Carriers.Contains(W(i - 1)) && LeftPhrase(i - 1) is { } carrier)
            {
                // "Clarence House has issued a statement saying ...": who issued it speaks through it.
                return carrier.First - 2 >= _a && IsWord(carrier.First - 1) && char.IsLower(W(carrier.First - 1)[0]) && IsPastTense(W(carrier.First - 1))
                    && !Be.Contains(W(SkipAuxiliariesLeft(carrier.First - 2))) && LeftPhrase(SkipAuxiliariesLeft(carrier.First - 2)) is { } issuer
                    && issuer.Last < carrier.First - 1 && (IsCapitalised(issuer.Last) || Pronouns.Contains(W(issuer.Last)) || IsPeopleNoun(W(issuer.Last)))
                    ? issuer : carrier;
            }

            // "footage of Trump saying ...", "a video of the mayor telling ...": the one filmed speaks, not the film.
            if (IsWord(i - 1) && FootageOf(i - 1) is { } filmed)
            {
                return filmed;
            }

            // "with 30 percent of voters saying ...", "with three in 10 saying ...": the phrase after "with" speaks.
            if ((IsWord(i - 1) || IsPunct(i - 1, '%')) && WithSubject(i - 1) is { } held)
            {
                withPhrase = true;
                return held;
            }

            // "groups backing Cruz", "a super PAC supporting Clinton", "those seeking a recount": the noun holds the stance.
            // Not "denies supporting the group": a verb there takes the -ing form as its object.
            if (IsWord(i - 1) && StanceGerunds.Contains(word) && !Breaks.Contains(W(i - 1))
                && !Pronouns.Contains(W(i - 1)) && !(char.IsLower(W(i - 1)[0]) && _lexicon.Strength(W(i - 1)) >= _minStrength)
                && LeftPhrase(i - 1) is { } holder
                && (Determiners.Contains(W(holder.First)) || IsCapitalised(holder.Last) || IsPlural(holder.Last)))
            {
                modifier = true;
                return holder;
            }

            return null;
        }

        private (int First, int Last)? FootageOf(int last)
        {
            var first = last;
            while (first - 1 > _a && first > last - 4 && IsCapitalised(first - 1))
            {
                first--;
            }

            var of = Is(first - 1, "of") ? first - 1 : Is(first - 2, "of") && Is(first - 1, "the") ? first - 2 : -1;
            return of > _a && Recordings.Contains(W(of - 1)) && (IsCapitalised(first) || PersonNouns.Contains(W(last))) ? (of + 1, last) : null;
        }

        private static readonly WordSet Recordings = new("footage", "video", "videos", "clip", "clips", "recording", "recordings", "audio", "tape", "tapes");

        // The phrase before the verb is not always the speaker: move to the speaker's own words.
        private (int First, int Last)? RefineSubject(int i, ReadOnlySpan<char> word, int subjectEnd, bool documentVerb, (int First, int Last)? left)
        {
            // "lawyers for the family said", "a spokesman for the company said", "experts on trade and farming said":
            // the head noun before the prepositional phrase is the speaker's own.
            if (left is { } complement && HeadBeforeComplement(complement.First) is { } head)
            {
                left = (head, complement.Last);
                // "a spokesperson for the Department for Transport said": the speaker before a named body's own "for".
                if (HeadBeforeComplement(head) is { } outer && outer < head)
                {
                    left = (outer, complement.Last);
                }
            }

            // "Charities such as the Refugee Council say": the group the example belongs to speaks.
            if (left is { } example && example.First - 2 >= _a && ((Is(example.First - 1, "as") && Is(example.First - 2, "such") && example.First - 3 >= _a) || Is(example.First - 1, "including"))
                && LeftPhrase(Is(example.First - 1, "as") ? example.First - 3 : example.First - 2) is { } group && IsPlural(group.Last)
                && (char.IsLower(W(group.Last)[0]) || group.Last == _a))
            {
                left = (group.First, example.Last);
            }

            // "The parents of a teenager who died after taking ecstasy at a music festival have called for ...": the phrase
            // before the verb ends a relative clause; its antecedent, with the head before it, speaks.
            if (left is { } inner && inner.First - 1 > _a && GoverningPrepositions.Contains(W(inner.First - 1)) && RelativeHolder(inner.First - 2) is { } antecedentPhrase)
            {
                left = antecedentPhrase;
            }

            // "..., residents and UN sources say.": two speakers joined by "and", after a comma or opening the sentence.
            if (left is { } joined && joined.Last == subjectEnd && Is(joined.First - 1, "and") && joined.First - 2 >= _a && IsWord(joined.First - 2)
                && LeftPhrase(joined.First - 2) is { } other && other.Last == joined.First - 2 && other.Last - other.First <= 3
                && (other.First == _a || IsPunct(other.First - 1, ',')) && !IsPastTense(W(other.Last)) && !Pronouns.Contains(W(other.First))
                && (IsPlural(other.Last) || IsCapitalised(other.Last)))
            {
                left = (other.First, joined.Last);
            }

            if (left is { } restricted && !word.EndsWith("ing", StringComparison.Ordinal) && !Pronouns.Contains(W(restricted.First))
                && _lexicon.Strength(word) >= 0.5
                && RelativeAntecedent(restricted.First - 1) is { } antecedent)
            {
                left = antecedent;
            }

            // "..., a claim Ukraine denied": the name after the noun for what was said denies it.
            if (left is { } verdict && verdict.Last > verdict.First + 1 && (Is(verdict.First, "a") || Is(verdict.First, "an"))
                && VerdictNouns.Contains(W(verdict.First + 1)) && (IsCapitalised(verdict.First + 2) || Definite.Contains(W(verdict.First + 2))))
            {
                left = (verdict.First + 2, verdict.Last);
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
                // "figures from the statistics office showed": the record, and whose it is.
                left = record.Last < described.Last && DocumentComplements.Contains(W(record.Last + 1)) ? (record.First, described.Last) : record;
            }
            // "A 2014 study by Loyola Law School professor Justin Levitt found", "research conducted by the Center
            // for Media and Public Affairs found": the document found it, with whose it is.
            else if (FindingVerbs.Contains(word) && left is { } author && !DocumentNouns.Contains(W(author.Last))
                && DocumentBefore(subjectEnd) is { } study && study.Last < author.First
                && (DocumentComplements.Contains(W(study.Last + 1)) || DescribingParticiples.Contains(W(study.Last + 1)) || HeldParticiples.Contains(W(study.Last + 1))))
            {
                left = (study.First, author.Last);
            }
            // "A memo obtained by Reuters said": the document speaks, not whoever got hold of it.
            else if (left is { } holder && holder.First - 3 >= _a && Is(holder.First - 1, "by") && HeldParticiples.Contains(W(holder.First - 2))
                && LeftPhrase(holder.First - 3) is { } held && held.Last == holder.First - 3 && !Pronouns.Contains(W(held.First)))
            {
                left = (held.First, holder.Last);
            }

            return left;
        }

        private (int First, int Last)? RelativeHolder(int from)
        {
            for (var k = from; k > _a && k >= from - 10; k--)
            {
                if (!IsWord(k) || _quoteOf[k] >= 0)
                {
                    return null;
                }

                if (Is(k, "who") && IsWord(k - 1) && LeftPhrase(k - 1) is { } antecedent && antecedent.Last == k - 1
                    && (IsPeopleNoun(W(antecedent.Last)) || SingularPeople.Contains(W(antecedent.Last)) || PersonNouns.Contains(W(antecedent.Last))))
                {
                    return (HeadBeforeComplement(antecedent.First) ?? antecedent.First, antecedent.Last);
                }
            }

            return null;
        }

        private static readonly WordSet FindingVerbs = new(
            "found", "finds", "concluded", "concludes", "suggested", "suggests", "revealed", "reveals", "indicated", "indicates",
            "estimated", "estimates", "predicted", "predicts", "showed", "shows", "show", "reveal", "suggest", "indicate", "conclude");

        // "Documents obtained by the Guardian reveal", "Emails seen by Reuters suggest": who got hold of the document.
        private static readonly WordSet HeldParticiples = new("obtained", "seen", "leaked", "reviewed");

        private static readonly WordSet DocumentComplements = new("by", "from", "of", "for", "on", "into");

        // "records", "figures from the statistics office": a document, or one with whose it is after it.
        private bool IsDocumentPhrase((int First, int Last) phrase)
        {
            for (var k = phrase.First; k <= phrase.Last; k++)
            {
                // "..., the filing showed.": one filing shows as filings do.
                if ((DocumentNouns.Contains(W(k)) || Is(k, "filing")) && (k == phrase.Last || DocumentComplements.Contains(W(k + 1))))
                {
                    return true;
                }
            }

            return false;
        }

        // Stance and document verbs need the right kind of subject; evidence verbs need a speaker, not a thing.
        private bool SubjectFitsVerb(int i, ReadOnlySpan<char> word, bool stance, bool documentVerb, in VerbSubject subject)
        {
            var left = subject.Left;
            if (stance && (left is null || subject.SubjectEnd != i - 1 && !Auxiliaries.Contains(W(i - 1)) && !subject.Document))
            {
                return false;
            }

            if (documentVerb && (left is not { } doc || !IsDocumentPhrase(doc)))
            {
                return false;
            }

            // "the ceasefire proposal underscores ...": a thing that underscores is evidence, not a speaker; a person
            // ("Blinken underscored", "she underscores") still reports.
            return !(EvidenceVerbs.Contains(word) && left is { } thing
                && !(thing.First == thing.Last && Pronouns.Contains(W(thing.First))) && !IsCapitalised(thing.Last)
                && !PersonNouns.Contains(W(thing.Last)));
        }

        // Something said, not a stray time phrase ("he said on Tuesday").
        private bool HasRightContent(int i, int start) =>
            start < _b && !ObjectIsReport(i, start) && !AfterWhomWhen(i, start) && ContentBetween(start, _b - 1) is { } rc
            && (!IsTimePhrase(start, rc.End) || IsQuoteMark(start - 1) || _quoteOf[start] >= 0)
            && !IsTimeThenNewClause(start) && !IsPlaceOnly(start, rc.End) && !IsOccasionOnly(start, rc.End) && !IsParticipleCue(start);

        // "The economy shrank by 0.1%, official figures show, the second monthly contraction in a row.": after a cue set
        // off by commas, a phrase without a verb sums up the clause before.
        private bool IsVerblessSummary(int i, int before, VerbContent content) =>
            content.Found && content.Start == i + 2 && IsSummaryAfter(i) && before - _a >= 4 && IsPunct(before, ',') && i - before <= 6;

        // ", the second monthly contraction in a row", ", from just over 5% in 2003 to a record 13.3%": after the cue and
        // a comma, a phrase a determiner, a number or a preposition opens, with no verb of its own (not ", she did nothing").
        private bool IsSummaryAfter(int i) =>
            IsPunct(i + 1, ',') && i + 2 < _b && IsWord(i + 2) && _quoteOf[i + 2] < 0
            && (Determiners.Contains(W(i + 2)) || PossessivePronouns.Contains(W(i + 2)) || IsNumber(i + 2) || AdjunctPrepositions.Contains(W(i + 2))
                || W(i + 2) is "with" or "of" or "up" or "down")
            && !HasVerb(i + 2);

        // "told the court as she passed sentence": after whom the cue tells, when it told them.
        private bool AfterWhomWhen(int i, int start) =>
            start > i + 1 && _quoteOf[start] < 0 && IsWord(start - 1) && !Is(start - 1, "that")
            && ((Is(start, "as") && !(Is(start + 1, "much") || Is(start + 1, "many") || Is(start + 1, "well") || Is(start + 1, "long") || Is(start + 1, "far")))
                || Is(start, "when") || Is(start, "while") || Is(start, "after") || Is(start, "before"));

        // "told reporters after his win.", "said during a visit to Britain.", "told analysts on a conference call.":
        // when or where, and nothing said.
        private bool IsOccasionOnly(int start, int end)
        {
            var occasion = Is(start, "after") || Is(start, "before") || Is(start, "following") || Is(start, "during");
            if (!(occasion || Is(start, "on") || Is(start, "in") || Is(start, "at") || Is(start, "via")) || _quoteOf[start] >= 0)
            {
                return false;
            }

            var words = 0;
            var last = start;
            var medium = -1;
            for (var t = start + 1; t < _b && _tokens[t].Span.End <= end; t++)
            {
                if (!IsWord(t) || FiniteAuxiliaries.Contains(W(t)) || Pronouns.Contains(W(t)) || ++words > 8)
                {
                    return false;
                }

                if (words <= 4 && Occasions.Contains(W(t)))
                {
                    medium = t;
                }

                last = t;
            }

            // "said in an interview with the BBC.": the medium and whom it was with.
            return words > 0 && ((occasion && words <= 6) || (medium > 0 && (medium == last || OnlyWhom(medium + 1, last))));
        }

        // "with the BBC", "to Channel 4 News": whom a medium was with, and nothing more.
        private bool OnlyWhom(int first, int last)
        {
            if (!(Is(first, "with") || Is(first, "to") || Is(first, "on")))
            {
                return false;
            }

            for (var t = first + 1; t <= last; t++)
            {
                if (!IsCapitalised(t) && !Determiners.Contains(W(t)) && !PossessivePronouns.Contains(W(t)))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly WordSet Occasions = new(
            "call", "interview", "statement", "briefing", "conference", "post", "video", "broadcast", "programme", "program",
            "show", "speech", "address", "letter", "email", "podcast", "hearing", "meeting", "event", "rally", "summit",
            "session", "appearance", "message", "tweet", "blog", "visit", "trip");

        // `"It's over," he said, adding that he would retire`: the participle after the comma is a report of its own.
        // `"...," she said, but refused to give details`, "..., he said, and the market fell": so is what "but" or
        // "and" joins to the cue.
        private bool IsParticipleCue(int start) =>
            IsPunct(start - 1, ',') && ((W(start).EndsWith("ing", StringComparison.Ordinal) && _lexicon.Strength(W(start)) >= _minStrength)
                || W(start) is "but" or "and");

        // "She posted to Twitter.", "he said in Washington": where, and nothing said.
        private bool IsPlaceOnly(int start, int end)
        {
            if (!AdjunctPrepositions.Contains(W(start)) && !Is(start, "to"))
            {
                return false;
            }

            for (var t = start + 1; t < _b && _tokens[t].Span.End <= end; t++)
            {
                if (IsWord(t) && !IsCapitalised(t) && !Is(t, "the") && !Is(t, "his") && !Is(t, "her") && !Is(t, "its") && !Is(t, "their"))
                {
                    return false;
                }
            }

            return (start + 1 < _b && IsCapitalised(start + 1)) || Is(start + 1, "the") || Is(start + 1, "his") || Is(start + 1, "her");
        }

        // "..., officials said yesterday, and rescuers raced to ...": after the time of the report a comma and a
        // conjunction open a clause of the reporter's own; the content is before the cue.
        private bool IsTimeThenNewClause(int start)
        {
            var comma = start;
            while (comma < _b && comma - start < 4 && !IsPunct(comma, ','))
            {
                comma++;
            }

            return comma > start && comma + 1 < _b && IsPunct(comma, ',') && _quoteOf[start] < 0
                && IsTimePhrase(start, _tokens[comma - 1].Span.End)
                && (Is(comma + 1, "and") || Is(comma + 1, "but") || Is(comma + 1, "while") || Is(comma + 1, "as")
                    // "..., the company announced on Tuesday, its second increase in a year.": a phrase without a verb
                    // sums up the clause before.
                    || (PossessivePronouns.Contains(W(comma + 1)) && !HasVerb(comma + 2))
                    // "..., officials said Sunday, in one of the largest attacks ...", "..., said Monday, citing ...":
                    // the reporter's own phrase or the speaker's next cue.
                    || (AdjunctPrepositions.Contains(W(comma + 1)) && !HasVerb(comma + 2))
                    // "..., Albanese announced on Thursday, in what would be one of the toughest measures": the
                    // reporter's verdict on the clause before.
                    || (Is(comma + 1, "in") && Is(comma + 2, "what"))
                    || (IsWord(comma + 1) && W(comma + 1).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(W(comma + 1)[0])));
        }

        private bool HasVerb(int from)
        {
            for (var k = from; k < _b; k++)
            {
                if (_quoteOf[k] >= 0 || (IsWord(k) && (FiniteAuxiliaries.Contains(W(k)) || IsPastTense(W(k)) || W(k) is "did" or "does")))
                {
                    return true;
                }
            }

            return false;
        }

        // `"...," said Netanyahu`: the speaker after the cue only right after a comma or quotation.
        private (int First, int Last)? SpeakerAfter(int i)
        {
            if (i <= _a || !(IsPunct(i - 1, ',') || IsQuoteMark(i - 1)))
            {
                return null;
            }

            var right = RightPhrase(i + 1) ?? BareSpeaker(i);
            // Right after a closing quotation the phrase is the speaker even when a relative clause or "of ..."
            // follows (`“...,” said Sen. Tom Carper of Delaware`).
            var afterClosingQuote = IsQuoteMark(i - 1) || (IsPunct(i - 1, ',') && IsQuoteMark(i - 2));
            // `"...," said one resident, Maria Lopez, 62.`: the name set off after an unnamed speaker is who spoke.
            // "said its director of policy, Lisa Grant": the role may take a complement before the name.
            if (right is { } described && !IsCapitalised(described.Last) && NameAfterRole(described.Last) is { } named)
            {
                return named;
            }

            if (right is not { } r || IsEndOfClause(r.Last + 1) || afterClosingQuote)
            {
                return right;
            }

            // "..., said a spokesman for the bank.", "..., said a study by the IMF.": the speaker and whom it speaks
            // for or comes from, up to the clause's end.
            return InvertingVerbs.Contains(W(i)) && ComplementsEnd(r.Last) is { } last ? (r.First, last) : null;
        }

        // A headline's "..., says airline boss", "..., say police": a bare noun or two up to the clause's end.
        private (int First, int Last)? BareSpeaker(int i)
        {
            if (!InvertingVerbs.Contains(W(i)))
            {
                return null;
            }

            // Not a verb ("..., reports say") and nothing after it ("Most importantly, say analysts, the talks ...").
            for (var last = i + 1; last <= i + 3 && IsBareNoun(last); last++)
            {
                if (last + 1 >= _b || (last + 2 >= _b && !IsWord(last + 1) && !IsPunct(last + 1, ',')))
                {
                    return (i + 1, last);
                }
            }

            return null;
        }

        // A lower-case word that is neither a function word nor a likely reporting verb ("airline", "boss", "police").
        private bool IsBareNoun(int k) =>
            IsWord(k) && !IsCapitalised(k) && !Breaks.Contains(W(k)) && !Determiners.Contains(W(k)) && _lexicon.Strength(W(k)) < 0.5;

        private (int First, int Last)? NameAfterRole(int roleLast)
        {
            var last = roleLast;
            for (var n = 0; n < 2 && SpeakerComplements.Contains(W(last + 1)) && (RightPhrase(last + 2) ?? BareComplement(last + 2)) is { } complement; n++)
            {
                last = complement.Last;
            }

            return IsPunct(last + 1, ',') ? NameSetOff(last + 2) : null;
        }

        // "of policy", "of public affairs": up to three lower-case words closed by a comma.
        private (int First, int Last)? BareComplement(int first)
        {
            for (var last = first; last < first + 3 && IsWord(last) && !IsCapitalised(last) && !Breaks.Contains(W(last)); last++)
            {
                if (IsPunct(last + 1, ','))
                {
                    return (first, last);
                }
            }

            return null;
        }

        // A name of two to four capitalised words, then a comma or the clause's end.
        private (int First, int Last)? NameSetOff(int first)
        {
            var last = first;
            while (last + 1 < _b && last - first < 3 && IsCapitalised(last + 1))
            {
                last++;
            }

            return last > first && IsNameRun(first, last) && (IsEndOfClause(last + 1) || IsPunct(last + 1, ',')) ? (first, last) : null;
        }

        private int? ComplementsEnd(int last)
        {
            // "the leaflet published jointly by the police": a record's participle before whose it is.
            if (RecordParticiples.Contains(W(last + 1)))
            {
                last += IsWord(last + 2) && W(last + 2).EndsWith("ly", StringComparison.Ordinal) && Is(last + 3, "by") ? 2 : Is(last + 2, "by") ? 1 : 0;
            }

            // "the ministry of finance": a bare noun closing the clause completes the phrase too.
            for (var n = 0; n < 3 && SpeakerComplements.Contains(W(last + 1))
                && (RightPhrase(last + 2) ?? (IsWord(last + 2) && !Breaks.Contains(W(last + 2)) && IsEndOfClause(last + 3) ? (last + 2, last + 2) : null)) is { } complement; n++)
            {
                last = complement.Last;
                if (IsEndOfClause(last + 1))
                {
                    return last;
                }
            }

            return null;
        }

        private static readonly WordSet SpeakerComplements = new("of", "for", "from", "by", "with");

        private static readonly WordSet RecordParticiples = new(
            "published", "issued", "released", "compiled", "produced", "commissioned", "written", "signed", "carried", "conducted");

        // `"...!" she shouted to the crowd.`: whom it was said to, and the sentence ends.
        private bool IsToWhomOnly(int start)
        {
            if (!Is(start, "to") || !(Determiners.Contains(W(start + 1)) || IsCapitalised(start + 1) || ObjectPronouns.Contains(W(start + 1))))
            {
                return false;
            }

            for (var k = start + 1; k < _b; k++)
            {
                if (!IsWord(k))
                {
                    return k + 1 >= _b;
                }

                if (k > start + 5 || _quoteOf[k] >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        // "Clinton said ...", "a statement saying ...": the phrase before the verb speaks.
        private (Span Source, bool Vague) SubjectSpeaks(int i, (int First, int Last) speaker, in VerbSubject subject, VerbContent content, Span cue)
        {
            _rule = subject.WithPhrase ? AttributionRule.WithParticiple : subject.Modifier ? AttributionRule.GerundModifier : AttributionRule.VerbSubject;
            var source = Tokens(speaker.First, speaker.Last);
            var vague = IsVague(speaker.First, speaker.Last);
            AddSubjectContents(i, speaker.First, content, source, vague, cue);
            return (source, vague);
        }

        // `"...," he said`: the quotation or clause before the speaker is the content; what follows the cue
        // is content too only when it opens with "that", a colon or a quotation (`"...," he said, "..."`).
        private void AddSubjectContents(int i, int subjectFirst, VerbContent content, Span source, bool vague, Span cue)
        {
            var before = subjectFirst - 1;
            if (IsPunct(i + 1, ',') && InsideItsClause(before, i + 1) is { } around)
            {
                // "The economy, officials said, is recovering": the reporter set inside the clause it reports.
                Add(around, source, vague, cue);
                return;
            }

            // "..., Fukukawa said in a statement.", "..., it said in documents tabled with the budget", `"...," she told
            // reporters outside the ministry`: after a comma or quotation, a phrase the cue (or whom it tells) opens
            // with a preposition says where it was said, not what.
            if (content.Found && AdjunctPrepositions.Contains(W(content.Start)) && InvertingVerbs.Contains(W(i))
                && ((before - _a >= 4 && IsPunct(before, ',') && (content.Start == i + 1 || (Is(i, "told") && content.Start <= i + 4 && _b - content.Start <= 7)))
                    || (Is(i, "told") && content.Start <= i + 4 && before > _a && IsQuoteMark(before) && _quoteOf[before - 1] >= 0)))
            {
                content = content with { Found = false };
            }

            if (IsVerblessSummary(i, before, content))
            {
                AddLeft(before, source, vague, cue);
                return;
            }

            // "The ferry resumed, officials said, as talks stalled.": after an inverted cue a comma and a conjunction
            // open another clause. What was said is before the speaker; a reason or a concession after it ("...,
            // he said, because ...") is the speaker's too, a time or a circumstance ("as", "amid") the reporter's.
            if (content.Found && before - _a >= 4 && IsPunct(before, ',') && IsPunct(i + 1, ',') && content.Start <= i + 2
                && _quoteOf[i + 1] < 0 && (ReasonOpeners.Contains(W(i + 2)) || CircumstanceOpeners.Contains(W(i + 2))
                    // "..., the company said, beating the average estimate": a participle after the speaker adds to the
                    // report (a cue such as "adding" reports again on its own).
                    || (IsWord(i + 2) && char.IsLower(W(i + 2)[0]) && W(i + 2).EndsWith("ing", StringComparison.Ordinal))))
            {
                AddLeft(before, source, vague, cue);
                // `"...," he said, though he admitted the festival may be moved`: a concession with its own report is
                // that report's.
                if (ReasonOpeners.Contains(W(i + 2)) && !OwnReportAfter(i + 3))
                {
                    AddRight(content.Start, source, vague, cue);
                }

                return;
            }

            // `"plain" Iraq continued to be in breach`: a verb that carries an infinitive signs no quotation.
            // "'Super union' merger plan touted": a quoted phrase before a bare noun is what the noun is called.
            var afterQuote = before > _a && ((IsQuoteMark(before) && !(IsWord(before - 1) && IsWord(subjectFirst) && !IsCapitalised(subjectFirst) && !Pronouns.Contains(W(subjectFirst))))
                    || (IsPunct(before, ',') && _quoteOf[before - 1] >= 0))
                && !(Is(i + 1, "to") && Catenatives.Contains(W(i)));
            // "Petrol duties frozen, Brown says": three words before the comma say something; "For his part, he said." does not.
            var inverted = afterQuote || ((before - _a >= 4 || (before - _a == 3 && !Breaks.Contains(W(_a)))) && IsPunct(before, ',') && !content.Found);
            var framed = content.Start < _b && (content.Found || !AdjunctPrepositions.Contains(W(content.Start))) && (content.Start > i + 1 || IsQuoteMark(content.Start - 1) || _quoteOf[content.Start] >= 0)
                && !IsParticipleCue(content.Start);
            // "Obama tweeted using his @POTUS account:", "she wrote on Facebook:": where or how, then the quotation or
            // paragraph after it.
            if (content.Found && !inverted && MediumBeforeColon(i + 1))
            {
                AddNextSentence(source, vague, cue);
                return;
            }

            // `"...," he said, though he admitted the festival may be moved`: a concession with a report of its own is
            // that report's.
            if (content.Found && (!inverted || framed) && !(inverted && ReasonOpeners.Contains(W(content.Start)) && OwnReportAfter(content.Start + 1)))
            {
                AddRight(content.Start, source, vague, cue);
            }

            if (inverted && (!framed || afterQuote))
            {
                AddLeft(before, source, vague, cue);
                if (!content.Found)
                {
                    // `"...," she said. "More."`: the quotation resumes in the next sentence.
                    AddNextSentenceQuote(source, vague, cue);
                }
            }
            else if (!content.Found && IsPunct(i + 1, ':'))
            {
                // "Limbaugh added:" and the quotation or paragraph after it.
                AddNextSentence(source, vague, cue);
            }
            else if (subjectFirst == _a && (!content.Found || IsToWhomOnly(content.Start)) && PrecedingQuote() is { } previous)
            {
                // `“... country?” Clinton said.` split after the question mark: the quotation is the content.
                Add(previous.Inner, source, vague, cue);
            }
        }

        private bool MediumBeforeColon(int start)
        {
            if (!(Is(start, "using") || Is(start, "via") || Is(start, "on") || Is(start, "in")))
            {
                return false;
            }

            for (var k = start + 1; k < _b && k <= start + 8; k++)
            {
                if (IsPunct(k, ':'))
                {
                    return k == _b - 1;
                }

                if ((!IsWord(k) && !IsPunct(k, '@')) || _quoteOf[k] >= 0)
                {
                    return false;
                }
            }

            return false;
        }

        private bool OwnReportAfter(int from)
        {
            for (var k = from; k < _b && k <= from + 2 && IsWord(k) && _quoteOf[k] < 0; k++)
            {
                if (char.IsLower(W(k)[0]) && (IsPastTense(W(k)) || W(k).EndsWith('s')) && _lexicon.Strength(W(k)) >= 0.5 && !FiniteAuxiliaries.Contains(W(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet ReasonOpeners = new("because", "since", "although", "though", "while", "whereas");
        private static readonly WordSet CircumstanceOpeners = new(
            "as", "when", "after", "before", "amid", "despite", "until", "speaking", "citing", "in", "during", "following", "ahead");


        // `"...," said Netanyahu, "..."`: the speaker after the cue; the clause before the cue, and a quotation
        // resuming after the speaker, are the content.
        private (Span Source, bool Vague) InvertedSpeakerSpeaks(int i, (int First, int Last) speaker, Span cue)
        {
            _rule = AttributionRule.VerbInverted;
            var source = Tokens(speaker.First, speaker.Last);
            var vague = IsVague(speaker.First, speaker.Last);
            var speakerLast = speaker.Last;
            AddLeft(i - 1, source, vague, cue);
            if (IsPunct(speakerLast + 1, ',') && (IsQuoteMark(speakerLast + 2) || _quoteOf[Math.Min(speakerLast + 2, _tokens.Count - 1)] >= 0))
            {
                AddRight(FirstContentToken(speakerLast + 1), source, vague, cue);
            }

            return (source, vague);
        }

        // A verb with no speaker beside it: the subject it shares with the verb before, the subject of its clause,
        // or the nearest name when the model is sure of the cue. False when none fits (or a weak cue has no sure
        // speaker), leaving the verb to the any-subject rule.
        // "Efforts by Blinken to advance talks and promote a settlement have faced ...": a base form joined to an
        // infinitive is that infinitive's second verb, with no subject of its own.
        private bool IsInfinitiveConjunct(int i)
        {
            var w = W(i);
            if (!Is(i - 1, "and") || w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = i - 2; k >= _a && k > i - 10; k--)
            {
                if (!IsWord(k) || FiniteAuxiliaries.Contains(W(k)))
                {
                    return false;
                }

                if (Is(k, "to"))
                {
                    return k + 1 < i - 1 && char.IsLower(W(k + 1)[0]);
                }
            }

            return false;
        }

        private bool ClauseSpeaker(int i, in VerbSubject verb, VerbContent content, Span? sharedSource, bool sharedVague, Span cue, out Span source, out bool vague)
        {
            source = default;
            vague = false;
            if (IsInfinitiveConjunct(i))
            {
                return false;
            }

            // A word the annotators seldom mark ("shouting", "applauding", "seeking" after a comma) still takes its
            // clause's subject above strength 0.15 (0.5 before; chosen on train cross-validation): the filter weighs it.
            if (_lexicon.Strength(W(i)) < 0.15 && !IsParticipleWithThat(i) && !(_probability >= FallbackCue && content.Found && NearestSubject(i) is not null))
            {
                return false;
            }

            if (sharedSource is { } earlier && content.Found && OwnConjunctSubject(i, earlier) is { } own)
            {
                // "When my mother called, I laughed and said ...": the verb before "and" has a subject of its own.
                _rule = AttributionRule.VerbSharedSubject;
                source = Tokens(own, own);
                vague = false;
                AddRight(content.Start, source, vague, cue);
                return true;
            }

            if (sharedSource is { } shared && content.Found && (IsJoined(i, verb.SubjectEnd) || (verb.Gerund && AfterParticipleIntro(i))))
            {
                // "He rejected ..., insisting on ..." / "... and insisted on ...": the subject speaks again.
                _rule = AttributionRule.VerbSharedSubject;
                source = shared;
                vague = sharedVague;
                AddRight(content.Start, source, vague, cue);
                return true;
            }

            // "The court heard he burst in and demanded ...": those who heard it did not demand; the one heard about did.
            if ((HeadlineSubject(i) ?? SentenceSubject()) is { } subject && content.Found && !MarketNouns.Contains(W(subject.First)) && !MarketNouns.Contains(W(subject.Last))
                && !IsCourtHeard(subject.Last + 1)
                && (IsJoined(i, verb.SubjectEnd) || (verb.Gerund && AfterParticipleIntro(i))) && (subject.Last < i || (verb.Gerund && AfterParticipleIntro(i))))
            {
                _rule = AttributionRule.VerbClauseSubject;
                source = Tokens(subject.First, subject.Last);
                vague = IsVague(subject.First, subject.Last);
                if (subject.First <= i)
                {
                    AddRight(content.Start, source, vague, cue);
                }
                else if (ContentBetween(content.Start, subject.First - 1) is { } said)
                {
                    // "After saying her knee was fine, she was carried off": what was said ends before the subject.
                    Add(said, source, vague, cue);
                }

                return true;
            }

            if (_probability >= FallbackCue && content.Found && NearestSubject(i) is { } near)
            {
                // "she made it clear that ...", "he is even trying to persuade ...": a cue the model is sure of takes
                // the nearest name or pronoun before it in the clause.
                _rule = AttributionRule.VerbNearestName;
                source = Tokens(near.First, near.Last);
                vague = IsVague(near.First, near.Last);
                AddRight(content.Start, source, vague, cue);
                return true;
            }

            return false;
        }

        // "Shares fell 8% after it cut its forecast, citing weak demand": what moved in a market cites nothing.
        private static readonly WordSet MarketNouns = new(
            "shares", "stocks", "stock", "prices", "markets", "sales", "profits", "revenue", "revenues", "bonds", "yields",
            "index", "oil", "gold", "currency", "dollar", "euro", "pound", "yen", "inflation", "output", "exports", "imports", "earnings");

        // The noun phrase ending at token j right after "with" ("with 47 percent of Cuban Americans"), at most 8 words back.
        private (int First, int Last)? WithSubject(int j)
        {
            for (var k = j; k > _a && k > j - 8; k--)
            {
                if (Is(k - 1, "with"))
                {
                    return LeftPhrase(j) is { } phrase ? (Math.Min(k, phrase.First), phrase.Last) : null;
                }

                // "with Israel and Hamas blaming each other": two names share the participle.
                var namesJoined = Is(k, "and") && IsCapitalised(k - 1) && IsCapitalised(k + 1);
                if (!IsWord(k) && !IsPunct(k, '%') || _quoteOf[k] >= 0 || (Is(k, "and") && !namesJoined) || Is(k, "that") || Is(k, "who"))
                {
                    return null;
                }
            }

            return null;
        }

        // A verb coordinated with the clause before it: "..., insisting", "and said", "and then said", "and has long argued".
        // The pronoun right before the verb that "and" joins this one to, when it comes after the earlier speaker.
        private int? OwnConjunctSubject(int i, Span earlier)
        {
            if (!Is(i - 1, "and"))
            {
                return null;
            }

            var k = BeforeAdverbs(i - 2);
            return k - 1 >= _a && IsWord(k) && IsPastTense(W(k)) && Pronouns.Contains(W(k - 1)) && W(k - 1) is not ("who" or "it")
                && _tokens[k - 1].Span.Start >= earlier.End ? k - 1 : null;
        }

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

        // The passive report's source after "by", with what was said after it or in the passive subject before it.
        private int? PassiveAgent(int i)
        {
            if (AccusedBy(i, W(i)) is { } charge && ContentBetween(charge + 1, ClauseEnd(charge + 1)) is { } charged)
            {
                _rule = AttributionRule.PassiveAgent;
                Add(charged, Tokens(i + 2, charge - 1), IsVague(i + 2, charge - 1), Tokens(i, i + 1));
                return charge;
            }

            if (!IsPastTense(W(i))
                || (AgentBeforeThat(i) ?? RightPhrase(i + 2) ?? BarePeople(i + 2)) is not { } agent
                || W(agent.Last).EndsWith("ing", StringComparison.Ordinal)
                // "A ruling is expected by the end of June", "approved by Friday": a deadline, not an agent.
                || IsDeadline(i + 2))
            {
                return null;
            }

            _rule = AttributionRule.PassiveAgent;
            var source = Tokens(agent.First, agent.Last);
            var vague = IsVague(agent.First, agent.Last);
            var cue = Tokens(i, i + 1);
            var right = FirstContentToken(agent.Last + 1);
            // "denied by officials that we spoke to": after other verbs "that" starts a relative clause, unless the
            // passive subject is an empty "it" ("It was confirmed by police that ...").
            var relative = Is(agent.Last + 1, "that") && !AddresseeVerbs.Contains(W(i)) && !ExpletiveSubject(i);
            // "criticised by Ines Varga, who said ...": a clause about the agent is the agent's own report, if any.
            if ((right > agent.Last + 1 || Is(right, "whether") || Is(right, "if")) && right < _b && !relative
                && !IsPunct(agent.Last + 1, ',') && !Is(right, "who") && !Is(right, "which") && !Is(right, "whose"))
            {
                // "asked by the moderator whether ...", "told by aides that ...".
                AddRight(right, source, vague, cue);
                return agent.Last;
            }

            // The passive subject is what was said or backed: the clause start up to the auxiliaries.
            var end = BeforePassiveVerbGroup(i);

            // "Janet Street-Porter and Fran Cosgrave were told by hosts Ant and Dec": whom the agent told, not what (not "a
            // different side of the story was being told by ..."); "convinced by the No campaign" is persuaded of nothing said.
            if ((AddresseeVerbs.Contains(W(i)) && end >= _a && (IsCapitalised(end) || Pronouns.Contains(W(end)) || IsPeopleNoun(W(end)) || SingularPeople.Contains(W(end))))
                || W(i) is "convinced" or "persuaded")
            {
                return null;
            }

            // "the news that he had been nominated by ...", "When the verdict was announced by ...": the subject starts
            // after the word that opens its clause.
            var start = PassiveSubjectStart(end);
            // "the mission's cost, estimated at $11bn, has been questioned by Congress": a participle set off by commas
            // describes the subject before it.
            if (IsPunct(end, ',') && start - 2 > _a && IsPunct(start - 1, ',') && IsWord(start) && char.IsLower(W(start)[0])
                && (IsPastTense(W(start)) || IsEnParticiple(W(start))))
            {
                end = start - 2;
                start = PassiveSubjectStart(end);
            }

            while (start < end && (Conjunctions.Contains(W(start)) || PassiveClauseOpeners.Contains(W(start))))
            {
                start++;
            }

            // "The machine was described by Jobs as "bring your own display"": what it was called is said too; the
            // whole clause, from its subject to the description, is the content.
            if (end >= start && start >= _a && Is(agent.Last + 1, "as") && DescribingVerbs.Contains(W(i)) && !Is(agent.Last + 2, "part") && !Is(agent.Last + 2, "well")
                && agent.Last + 2 < _b && ContentBetween(start, ClauseEnd(agent.Last + 2)) is { } described)
            {
                Add(described, source, vague, cue);
                return agent.Last;
            }

            if (end >= start && start >= _a && ContentBetween(start, end) is { } content)
            {
                Add(content, source, vague, cue);
                return agent.Last;
            }

            return null;
        }

        private int PassiveSubjectStart(int end)
        {
            var start = end;
            while (start > _a && !IsPunct(start - 1, ',') && !IsPunct(start - 1, ';') && end - start < 12 && _quoteOf[start - 1] < 0
                && !PassiveClauseOpeners.Contains(W(start - 1)))
            {
                start--;
            }

            return start;
        }

        private bool IsDeadline(int k) =>
            Weekdays.Contains(W(k)) || (_tokens[k].Kind == Text.TokenKind.Number && W(k).Length == 4 && (W(k).StartsWith("19") || W(k).StartsWith("20")))
            || W(k) is "next" or "then" or "now" or "tomorrow" or "tonight"
            || (Is(k, "the") && W(k + 1) is "end" or "start" or "beginning" or "middle" or "close" or "time" or "weekend" or "deadline");

        private static readonly WordSet DescribingVerbs = new(
            "described", "branded", "labelled", "labeled", "dubbed", "hailed", "regarded", "portrayed", "characterised",
            "characterized", "criticised", "criticized", "attacked", "denounced", "praised", "condemned", "quoted", "dismissed");

        private static readonly WordSet PassiveClauseOpeners = new("when", "while", "because", "if", "after", "before", "since", "where", "whilst", "though", "although");

        private bool ExpletiveSubject(int i) => BeforePassiveVerbGroup(i) is var k && k >= _a && Is(k, "it");

        // The last word before the auxiliaries, forms of "be" and adverbs of the passive participle at i, and before
        // a raising verb group ("is expected to be opposed by", "is likely to be backed by").
        private int BeforePassiveVerbGroup(int i)
        {
            var k = i - 1;
            while (k >= _a && (Auxiliaries.Contains(W(k)) || Be.Contains(W(k)) || IsAdverb(k)
                || (Is(k, "to") && k - 1 >= _a && RaisingWords.Contains(W(k - 1)) && Is(k + 1, "be"))))
            {
                k -= Is(k, "to") ? 2 : 1;
            }

            return k;
        }

        private static readonly WordSet RaisingWords = new(
            "expected", "likely", "unlikely", "set", "due", "going", "bound", "certain", "sure", "supposed", "scheduled", "tipped");

        private static readonly WordSet AddresseeVerbs = new(
            "told", "warned", "assured", "informed", "reminded", "advised", "promised", "briefed", "notified", "cautioned");

        // "told by aides that", "confirmed by police that": people named by no more than what they are, before what
        // they said.
        private (int First, int Last)? BarePeople(int j)
        {
            var noun = IsNumber(j) || Quantifiers.Contains(W(j)) || RankWords.Contains(W(j)) ? j + 1 : j;
            return noun + 1 < _b && IsWord(noun) && _quoteOf[noun] < 0 && !IsCapitalised(noun) && IsPeopleNoun(W(noun))
                && (Is(noun + 1, "that") || Is(noun + 1, "whether") || Is(noun + 1, "if"))
                ? (j, noun) : null;
        }

        // "told by a spokesman that ...": after a verb whose passive subject is the one told, "that" ends the agent
        // and opens what was said; elsewhere it may start the agent's relative clause ("denied by officials that we
        // spoke to").
        private (int First, int Last)? AgentBeforeThat(int i)
        {
            if (!AddresseeVerbs.Contains(W(i)) || !IsWord(i + 2) || _quoteOf[i + 2] >= 0 || Breaks.Contains(W(i + 2)))
            {
                return null;
            }

            for (var k = i + 3; k < _b && k < i + 12 && IsWord(k) && _quoteOf[k] < 0; k++)
            {
                if (Is(k, "that"))
                {
                    return Determiners.Contains(W(i + 2)) || IsCapitalised(i + 2) || IsNumber(i + 2) || IsPeopleNoun(W(i + 2)) ? (i + 2, k - 1) : null;
                }
            }

            return null;
        }

        // "Judge blocks city's camping ban, citing ...", "Kestria's central bank holds rates, signals cuts": in a
        // headline, the subject is every word before the first verb, a present form with its object after it.
        private (int First, int Last)? HeadlineSubject(int i)
        {
            if (_b - 1 <= i || IsPunct(_b - 1, '.') || IsPunct(_b - 1, '!') || IsPunct(_b - 1, '?') || IsQuoteMark(_b - 1))
            {
                return null;
            }

            var start = ClauseStart();
            for (var k = start + 1; k < i && k <= start + 6; k++)
            {
                if (!IsWord(k) || _quoteOf[k] >= 0)
                {
                    return null;
                }

                if (char.IsLower(W(k)[0]) && W(k).EndsWith('s') && !W(k).EndsWith("ss", StringComparison.Ordinal) && !IsPossessive(k)
                    && W(k) is not ("is" or "has" or "was" or "does") && IsWord(k + 1) && !IsPastTense(W(k + 1)) && !FiniteAuxiliaries.Contains(W(k + 1)))
                {
                    return Pronouns.Contains(W(start)) ? null : (start, k - 1);
                }
            }

            return null;
        }

        // "Former Pollster Says Clinton Is In Trouble", "Trump Could Address Clean Energy, Lindsey Graham Says": a
        // strong cue in a title-case headline.
        private bool IsHeadlineCue(int i) =>
            i > _a && IsCapitalised(i - 1) && (IsCapitalised(i + 1) || i + 1 >= _b || (IsPunct(i + 1, '.') && i + 2 >= _b))
            && _lexicon.Strength(W(i)) >= 0.5
            && !W(i).EndsWith("ing", StringComparison.Ordinal)
            && IsTitleCased(i);

        // "Obama Says Deal Is Near": a title-cased headline has few lower-case words but its small ones; "... could go on
        // to win "many more" Grand Slams." is a sentence, where "Slams" is part of a name.
        private bool IsTitleCased(int i)
        {
            var lower = 0;
            for (var k = _a; k < _b; k++)
            {
                if (k != i && IsWord(k) && char.IsLower(W(k)[0]) && !TitleCaseSmallWords.Contains(W(k)) && ++lower > 2)
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly WordSet TitleCaseSmallWords = new(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "as", "from", "over", "after", "into", "vs");

        // "rejected Mayor Dunn's claim that ...", "dismissed her view that ...": the that-clause is the object's report.
        private bool ObjectIsReport(int i, int contentStart)
        {
            var noun = contentStart - 2;
            return noun > i + 1 && Is(noun + 1, "that") && _lexicon.Strength(W(noun)) >= MinModelStrength
                && (IsPossessive(noun - 1) || PossessivePronouns.Contains(W(noun - 1)));
        }
    }
}
