using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// Reporting verbs used for something other than a report: keeping a source anonymous, naming a thing, declining
    /// to comment, a participle that describes the noun before it.
    /// </summary>
    private sealed partial class SentenceScan
    {
        // "who asked not to be identified", "declined to be named", "spoke on condition of anonymity": how the source
        // is kept unnamed, not something it said.
        private bool IsAnonymityRequest(int i, ReadOnlySpan<char> word)
        {
            if (!AnonymityVerbs.Contains(word))
            {
                return false;
            }

            for (var k = i + 1; k < _b && k <= i + 6 && IsWord(k); k++)
            {
                if (W(k) is "identified" or "named" or "anonymity" or "anonymous" or "anonymously")
                {
                    return true;
                }
            }

            return false;
        }

        // "a group called the Sea Org", "an app named Zedwire": a thing and its name, not a report.
        private bool IsNaming(int i, ReadOnlySpan<char> word)
        {
            // "who he called "suicide bombers"": a speaker of its own makes it a report.
            if (NamingParticiples.Contains(word) && !(i > _a && Pronouns.Contains(W(i - 1))) && NameThenClauseGoesOn(i + 1))
            {
                return true;
            }

            if (!NamingParticiples.Contains(word) || i - 2 < _a || !IsWord(i - 1) || IsCapitalised(i - 1) || PersonNouns.Contains(W(i - 1))
                || !(IsCapitalised(i + 1) || IsQuoteMark(i + 1) || (Is(i + 1, "the") && IsCapitalised(i + 2))))
            {
                return false;
            }

            for (var k = i - 2; k >= _a && k >= i - 4 && IsWord(k); k--)
            {
                if (Is(k, "a") || Is(k, "an"))
                {
                    return true;
                }
            }

            return false;
        }

        // "the elite group within Scientology called the Sea Org was persuaded", `its robot, named "Better Idea," scored`:
        // a name and nothing said of it (no "a liar" after it) before the clause goes on or ends.
        private bool NameThenClauseGoesOn(int j)
        {
            var k = Is(j, "the") ? j + 1 : j;
            if (k + 1 < _b && IsQuoteMark(k) && _quoteOf[k] < 0 && _quoteOf[k + 1] >= 0)
            {
                var q = _quoteOf[++k];
                while (k < _b && _quoteOf[k] == q)
                {
                    k++;
                }

                var comma = IsPunct(k - 1, ',');
                while (k < _b && (IsQuoteMark(k) || IsPunct(k, ',')))
                {
                    comma |= IsPunct(k, ',');
                    k++;
                }

                return comma || k >= _b || IsPunct(k, '.') || FiniteAuxiliaries.Contains(W(k));
            }

            var first = k;
            while (k < _b && IsCapitalised(k) && k - first < 5)
            {
                k++;
            }

            // "the model, called o1, spent ...", "its app, named eBuddy,": a product's name in lower case, with a digit
            // or a capital inside.
            if (k == first && IsWord(k) && IsPunct(k + 1, ',') && W(k).Length > 1 && W(k)[1..].ContainsAny(NameMarks))
            {
                k++;
            }

            // "The lizard, named Varanus sulawesi, was found": a species' name has its genus capitalised only.
            if (k == first + 1 && IsWord(k) && char.IsLower(W(k)[0]) && IsPunct(k + 1, ','))
            {
                k++;
            }

            return k > first && (k >= _b || IsPunct(k, ',') || IsPunct(k, '.') || IsPunct(k, ';') || FiniteAuxiliaries.Contains(W(k)));
        }

        private static readonly System.Buffers.SearchValues<char> NameMarks = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

        private static readonly WordSet NamingParticiples = new("called", "named", "dubbed", "nicknamed", "titled", "entitled", "branded");

        // "declined to comment", "did not respond to a request for comment", "did not return calls seeking comment":
        // nothing said.
        private bool IsNoComment(int i, ReadOnlySpan<char> word)
        {
            // "She did not say which sites would be affected", "would not disclose how much it paid": what was not said.
            if (SayingVerbs.Contains(word) && i - 1 >= _a && (Is(i - 1, "not") || Is(i - 1, "n't") || Is(i - 1, "n’t") || Is(i - 1, "never"))
                && i + 1 < _b && QuestionWords.Contains(W(i + 1)))
            {
                return true;
            }

            if (!NoCommentVerbs.Contains(word))
            {
                return false;
            }

            for (var k = i + 1; k < _b && k <= i + 6 && IsWord(k); k++)
            {
                if (W(k) is "comment" or "comments")
                {
                    return true;
                }
            }

            // "declined to say whether ...", "refused to confirm the figure", "declined to elaborate": a refusal to
            // say is no statement.
            return word is "declined" or "declines" or "refused" or "refuses" && Is(i + 1, "to") && i + 2 < _b && SayingVerbs.Contains(W(i + 2));
        }

        // "Salah refused to discuss his future": the infinitive of a refusal says nothing either.
        private bool IsRefusedSaying(int i) =>
            Is(i - 1, "to") && SayingVerbs.Contains(W(i)) && W(i - 2) is "declined" or "declines" or "declining" or "refused" or "refuses" or "refusing";

        // "She has written to the company demanding compensation": whom the letter went to; what it said, if anything,
        // follows in a verb of its own ("asking", "to say").
        private bool IsWrittenTo(int i, ReadOnlySpan<char> word) =>
            (IsWritingVerb(word) || word is "writing") && Is(i + 1, "to") && i + 2 < _b
            && (Determiners.Contains(W(i + 2)) || PossessivePronouns.Contains(W(i + 2)) || ObjectPronouns.Contains(W(i + 2)) || IsCapitalised(i + 2))
            && ThatAfterAddressee(i + 2) is null;

        // "Gary Neville, writing on social media, described ...": where the words appeared, set off by commas; the verb
        // after it reports.
        private bool IsMediumAside(int i, ReadOnlySpan<char> word)
        {
            if (!(word is "writing" or "posting" or "speaking" or "tweeting") || !(Is(i + 1, "on") || Is(i + 1, "in")) || !IsPunct(i - 1, ','))
            {
                return false;
            }

            for (var k = i + 2; k < _b && k <= i + 7; k++)
            {
                if (IsPunct(k, ','))
                {
                    return k > i + 2;
                }

                if (!IsWord(k) && !IsPossessive(k))
                {
                    return false;
                }
            }

            return false;
        }

        // "In comments reported by Reuters, the minister said": where the words appeared.
        private bool IsReportedComments(int i, ReadOnlySpan<char> word) =>
            Is(i + 1, "by") && word is "reported" or "published" or "carried" or "broadcast" && i - 2 >= _a && Is(i - 2, "in")
            && W(i - 1) is "comments" or "remarks" or "comment" or "remark" or "interview" or "interviews";

        // "the mission's cost, estimated at $11bn, has been questioned": a value put on a thing, not a report.
        private bool IsValueEstimate(int i, ReadOnlySpan<char> word) =>
            word is "estimated" or "valued" && Is(i + 1, "at") && IsPunct(i - 1, ',');

        private static readonly WordSet SayingVerbs = new(
            "say", "confirm", "discuss", "elaborate", "disclose", "reveal", "specify", "identify", "name", "answer", "speculate", "detail",
            "said", "says", "disclosed", "revealed", "confirmed", "specified", "explained", "indicated");

        private static readonly WordSet QuestionWords = new("which", "whether", "how", "when", "where", "who", "what", "why", "if");

        private static readonly WordSet NoCommentVerbs = new(
            "declined", "declines", "refused", "refuses", "respond", "responds", "responded", "reply", "replied", "return",
            "returned", "available", "reached");

        // "Portsmouth claimed a draw at Anfield", "the storm claimed more than 200 lives": a prize won or a toll taken.
        private bool IsClaimedPrize(int i, ReadOnlySpan<char> word)
        {
            if (word is not ("claimed" or "claims" or "claim" or "claiming"))
            {
                return false;
            }

            for (var k = i + 1; k < _b && k <= i + 5 && (IsWord(k) || IsNumber(k)) && !Is(k, "that")
                && !FiniteAuxiliaries.Contains(W(k)) && !Modals.Contains(W(k)); k++)
            {
                // The prize ends its phrase: not "claimed the lead was illegal", "claimed the Championship race would be".
                if (Prizes.Contains(W(k)) && (k + 1 >= _b || !IsWord(k + 1) || PrizeFollowers.Contains(W(k + 1))))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet PrizeFollowers = new(
            "at", "in", "on", "over", "for", "of", "against", "with", "after", "as", "and", "ahead", "by", "from", "to", "since", "when", "while");

        private static readonly WordSet Prizes = new(
            "draw", "win", "victory", "victories", "title", "titles", "medal", "medals", "trophy", "crown", "lead", "scalp", "gold", "silver",
            "bronze", "championship", "cup", "lives", "life", "seat", "seats", "place", "spot", "prize", "point", "points", "wicket", "wickets");

        // "Baby food recalled over lead fears", "Toyota recalls 1.2 million cars": goods taken back, not a memory told.
        private bool IsProductRecall(int i, ReadOnlySpan<char> word) =>
            word is "recalled" or "recalls" or "recall" && i + 1 < _b
            && (Is(i + 1, "over") || Is(i + 1, "amid") || Is(i + 1, "due") || Is(i + 1, "because") || IsNumber(i + 1));

        // "with injuries described as life-changing": a thing and how it was described, by no one named and not by the
        // thing ("what police described as" names who described it).
        private bool IsDescribedThing(int i, ReadOnlySpan<char> word) =>
            word is "described" && Is(i + 1, "as") && i > _a && IsWord(i - 1) && char.IsLower(W(i - 1)[0]) && !Pronouns.Contains(W(i - 1))
            && !IsPeopleNoun(W(i - 1)) && !Auxiliaries.Contains(W(i - 1)) && !Be.Contains(W(i - 1)) && !IsAdverb(i - 1);

        // "has been under intense scrutiny since ...", "under fire": a state the subject is in, not a report (not the
        // verb after it: "The man under arrest said ...").
        private bool IsUnderNoun(int i) =>
            i > _a && !InvertingVerbs.Contains(W(i)) && !IsPastTense(W(i))
            && (Is(i - 1, "under") || (i - 1 > _a && Is(i - 2, "under") && IsWord(i - 1) && char.IsLower(W(i - 1)[0])));

        // "a man who said and did the same things": a verb joined to the cue shares its object; nothing is reported.
        private bool IsJoinedVerb(int i) =>
            (Is(i + 1, "and") || Is(i + 1, "or")) && i + 2 < _b && IsWord(i + 2) && char.IsLower(W(i + 2)[0]) && _quoteOf[i + 2] < 0
            && (IsPastTense(W(i + 2)) || W(i + 2) is "did" or "does" or "do")
            && !IsPunct(i + 3, ',');

        // "The report, published on Monday by the IMF, warned ...": a participle set off after its noun says when and
        // by whom the thing was made, not what anyone said; an inverted cue ("..., said the IMF") names its speaker.
        // "the taxes requested in arrears", "Utilicorp's revenues expected for the quarter": so is one right after a
        // thing's name, before a preposition.
        // "The giant, which also owns Dove, announced in March that ...": after a relative clause or an apposition set
        // off by commas the participle is the subject's own verb.
        private bool IsPublishedModifier(int i, ReadOnlySpan<char> word) =>
            i > _a && (IsPastTense(word) || IsEnParticiple(word)) && (!InvertingVerbs.Contains(word) || IsCountReported(i, word))
            && !ClosesSetOffRelative(i - 1)
            // "this year's winners, announced at a ceremony in Cape Town".
            && (IsPunct(i - 1, ',') && (Is(i + 1, "on") || Is(i + 1, "in") || Is(i + 1, "at") || Is(i + 1, "during") || Is(i + 1, "last") || Is(i + 1, "earlier") || Is(i + 1, "this")
                    // "The report, seen by the BBC, says": who has seen or got hold of the document.
                    || (Is(i + 1, "by") && word is "seen" or "obtained" or "leaked" or "commissioned" or "shown"))
                // "Land Registry records seen by the BBC show ...", "a memo obtained by Reuters said": so, without the
                // commas; "an option seen by organizers as a lifeboat" is a view held.
                || (Is(i + 1, "by") && word is "seen" or "obtained" or "leaked" or "reviewed" or "viewed" && IsWord(i - 1) && !Be.Contains(W(i - 1))
                    && !Auxiliaries.Contains(W(i - 1)) && !Pronouns.Contains(W(i - 1)) && !IsAdverb(i - 1) && !IsWordSoon(i + 2, 7, "as"))
                || (IsWord(i - 1) && IsPlural(i - 1) && !Pronouns.Contains(W(i - 1))
                    && ((!IsCapitalised(i - 1) && !PersonNouns.Contains(W(i - 1))) || (IsPeopleNoun(W(i - 1)) && SurveyParticiples.Contains(word)))
                    && !Breaks.Contains(W(i - 1)) && _lexicon.Strength(W(i - 1)) < 0.3
                    && (Is(i + 1, "in") || Is(i + 1, "for") || Is(i + 1, "from") || Is(i + 1, "at"))));

        private bool ClosesSetOffRelative(int comma)
        {
            if (!IsPunct(comma, ','))
            {
                return false;
            }

            for (var k = comma - 1; k > _a && k > comma - 20 && _quoteOf[k] < 0; k--)
            {
                // "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on ...": so is an
                // apposition after a name.
                if (!IsWord(k) && !IsNumber(k) && !IsPossessive(k))
                {
                    return IsPunct(k, ',') && k + 1 < comma - 1
                        && (Is(k + 1, "which") || Is(k + 1, "who") || Is(k + 1, "whose")
                            || ((Is(k + 1, "the") || Is(k + 1, "a") || Is(k + 1, "an")) && IsCapitalised(k - 1) && k - 1 > _a));
                }
            }

            return false;
        }

        // "42,200 cases reported in the region", "many deaths recorded at the hospital": a count of things recorded.
        private bool IsCountReported(int i, ReadOnlySpan<char> word) =>
            word is "reported" or "recorded" or "registered" or "confirmed" && i - 2 >= _a && IsPlural(i - 1) && !IsPeopleNoun(W(i - 1))
            && !IsCapitalised(i - 1) && (IsNumber(i - 2) || Quantifiers.Contains(W(i - 2)));

        // "adding the words "and Emergency" to the name": something added to something, not a remark.
        private bool IsAddingThing(int i, ReadOnlySpan<char> word)
        {
            if (word is not ("add" or "adds" or "added" or "adding"))
            {
                return false;
            }

            // "only adds to people's reluctance", "added to the confusion": more of something, not a remark (not "added
            // to reporters").
            if (Is(i + 1, "to") && IsWord(i + 2) && char.IsLower(W(i + 2)[0]) && !(IsPeopleNoun(W(i + 2)) && !IsPossessive(i + 3))
                && !ObjectPronouns.Contains(W(i + 2)) && !(IsWord(i + 3) && IsPeopleNoun(W(i + 3))))
            {
                return true;
            }

            // "Cole added a second with a shot in injury-time", "added two more tries": a score, not a remark.
            if ((Is(i + 1, "a") || Is(i + 1, "another") || Is(i + 1, "his") || Is(i + 1, "her") || Is(i + 1, "their") || IsNumber(i + 1))
                && i + 2 < _b && (Scores.Contains(W(i + 2)) || Ordinals.Contains(W(i + 2))))
            {
                return true;
            }

            // "The company added 1.1 million subscribers", "The law adds new identification requirements": an amount or
            // something new added, unless a clause or quotation follows ("added 20 minutes later that ...").
            if ((IsNumber(i + 1) || AddedAmounts.Contains(W(i + 1)) || (Is(i + 1, "more") && Is(i + 2, "than"))
                    || ((Is(i + 1, "about") || Is(i + 1, "over")) && IsNumber(i + 2))) && !Is(i + 2, "that"))
            {
                for (var k = i + 1; k < _b && k <= i + 10; k++)
                {
                    // "added 20 people had died": a clause after all.
                    if (Is(k, "that") || IsPunct(k, ':') || IsQuoteMark(k) || _quoteOf[k] >= 0 || FiniteAuxiliaries.Contains(W(k)))
                    {
                        return false;
                    }
                }

                return true;
            }

            for (var k = i + 1; k < _b - 1 && k <= i + 10; k++)
            {
                if (Is(k, "that") || IsPunct(k, ':') || IsPunct(k, ',') || (_quoteOf[k] < 0 && IsQuoteMark(k) && k == i + 1))
                {
                    return false;
                }

                if (Is(k, "to") && (Determiners.Contains(W(k + 1)) || PossessivePronouns.Contains(W(k + 1))))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly WordSet AddedAmounts = new("new", "extra", "nearly", "almost", "roughly");

        private static readonly WordSet Ordinals = new("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
        private static readonly WordSet Scores = new(
            "goal", "goals", "try", "tries", "point", "points", "run", "runs", "penalty", "penalties", "conversion", "wicket",
            "wickets", "more", "further", "another", "late", "fine", "stunning", "header");

        // "the Sams continued to shun medical treatment": a verb that carries an infinitive reports nothing itself.
        private bool IsCatenative(int i, ReadOnlySpan<char> word) => Catenatives.Contains(word) && Is(i + 1, "to");

        private static readonly WordSet AnonymityVerbs = new(
            "asked", "asking", "requested", "requesting", "declined", "declining", "spoke", "speaking", "talked", "talking", "agreed", "refused",
            "want", "wanted", "wish", "wished", "wishing", "preferred");
    }
}
