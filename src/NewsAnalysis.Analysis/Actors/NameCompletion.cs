using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Names the recogniser cut short, made whole: "US President Barack Obama" where it took "Obama", "Korean People's
/// Army" where it stopped at the "'s", "Royal Society for the Protection of Birds" where it stopped at "Society".
/// </summary>
internal sealed class NameCompletion(Gazetteer gazetteer)
{
    public void Complete(TextDocument document, List<NameMention> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (WithFirstNameAfterTitle(document, names[i], i == 0 ? -1 : names[i - 1].End) is { } longer)
            {
                names[i] = longer;
            }
        }

        JoinPossessiveHeads(document, names);
        JoinPurposeClauses(document, names);
        for (var i = 0; i < names.Count; i++)
        {
            if (WithLastConjunct(document, names[i], i + 1 < names.Count ? names[i + 1].First : document.Tokens.Count) is { } longer)
            {
                names[i] = longer;
            }
        }
    }

    /// <summary>"Korean People's Army", "New People's Party": the recogniser ended the name at the "'s" and took the
    /// head word alone for another.</summary>
    private static void JoinPossessiveHeads(TextDocument document, List<NameMention> names)
    {
        for (var i = names.Count - 1; i > 0; i--)
        {
            var (owner, head) = (names[i - 1], names[i]);
            if (head.Words.Length == 1 && head.First == owner.End + 1 && owner.Kind != ActorKind.Person
                && NameTokens.IsPossessive(document.TokenChars(owner.End))
                && ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(head.First)))
            {
                var span = new Span(owner.Span.Start, head.Span.End);
                names[i - 1] = new NameMention(owner.First, head.End, ActorKind.Organization, [.. owner.Words, "'s", .. head.Words], span) { KindFromContext = true };
                names.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "US President Barack Obama" where the recogniser only took "Obama": a capitalised word between a title and a
    /// person's name is the first name it did not know.
    /// </summary>
    private static NameMention? WithFirstNameAfterTitle(TextDocument document, NameMention name, int previousEnd)
    {
        var k = name.First - 1;
        if (name.Kind != ActorKind.Person || k - 1 < NameTokens.SentenceOf(document, name.First).FirstToken || k < previousEnd)
        {
            return null;
        }

        var word = document.TokenChars(k);
        if (!NameTokens.IsTitleCase(word) || ActorLexicon.TitleWords.ContainsWord(word) || ActorLexicon.FunctionWords.ContainsWord(word)
            || !ActorLexicon.TitleWords.ContainsWord(document.TokenChars(k - 1)) || !char.IsUpper(document.TokenChars(k - 1)[0])
            // "Det Con Amy Fisher": a detective constable's rank, no first name.
            || ActorLexicon.IsConstableRank(document.TokenChars(k - 1), word))
        {
            return null;
        }

        var span = new Span(document.Tokens[k].Span.Start, name.Span.End);
        return new NameMention(k, name.End, name.Kind, [NameTokens.Normalize(word), .. name.Words], span) { KindFromContext = name.KindFromContext };
    }

    /// <summary>
    /// "Royal Society for the Protection of Birds", "Council on American-Islamic Relations": the recogniser ended the
    /// organisation at its head word and took what it stands for as another name. A name right after an
    /// organisation's head word and "for"/"on" (and "the") is the rest of that organisation's name.
    /// </summary>
    private static void JoinPurposeClauses(TextDocument document, List<NameMention> names)
    {
        for (var i = names.Count - 1; i > 0; i--)
        {
            var (owner, rest) = (names[i - 1], names[i]);
            if (owner.Kind != ActorKind.Organization || rest.Kind == ActorKind.Person || owner.End + 1 >= document.Tokens.Count
                || !ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(owner.End - 1))
                || document.TokenChars(owner.End) is not ("for" or "on" or "of")
                || (rest.Kind == ActorKind.Location && document.TokenChars(owner.End) is "on" or "of"))
            {
                // "Hofstra University on Long Island" is where the university is ("Commission for Africa" is one name).
                continue;
            }

            var gap = owner.End + 1;
            if (document.TokenChars(gap) is "the")
            {
                gap++;
            }

            var sentenceEnd = NameTokens.SentenceOf(document, owner.First).EndToken;
            if (rest.First != gap || sentenceEnd < rest.End)
            {
                continue;
            }

            var end = rest.End;
            var words = new string[end - owner.First];
            for (var t = owner.First; t < end; t++)
            {
                words[t - owner.First] = NameTokens.Normalize(document.TokenChars(t));
            }

            var span = new Span(owner.Span.Start, document.Tokens[end - 1].Span.End);
            names[i - 1] = new NameMention(owner.First, end, ActorKind.Organization, words, span) { KindFromContext = true };
            names.RemoveAt(i);
        }
    }

    /// <summary>
    /// "the Internet Corporation for Assigned Names and Numbers, Icann": an organisation named with "for"/"of"/"on"
    /// whose last capitalised word after "and" the recogniser left out (no other name starts there, no capitalised
    /// word follows) ends with that word, and its acronym joins it. Only a word mostly written in lower case: "House of
    /// Fraser and Woolworths" are two companies.
    /// </summary>
    private NameMention? WithLastConjunct(TextDocument document, NameMention name, int nextName)
    {
        var end = name.End;
        var sentenceEnd = NameTokens.SentenceOf(document, name.First).EndToken;
        if (name.Kind != ActorKind.Organization || end + 1 >= sentenceEnd || nextName <= end + 1
            || document.TokenChars(end) is not "and" || !NameTokens.IsTitleCase(document.TokenChars(end + 1))
            || (end + 2 < sentenceEnd && char.IsUpper(document.TokenChars(end + 2)[0]))
            || !Array.Exists(name.Words, w => w is "for" or "of" or "on")
            || !IsCommonConjunct(document.TokenChars(end - 1), document.TokenChars(end + 1)))
        {
            return null;
        }

        var span = new Span(name.Span.Start, document.Tokens[end + 1].Span.End);
        return new NameMention(name.First, end + 2, name.Kind, [.. name.Words, "and", NameTokens.Normalize(document.TokenChars(end + 1))], span)
        {
            KindFromContext = name.KindFromContext,
        };
    }

    // A word mostly written in lower case, or, after a word on no list of people's or places' names, one on none
    // either ("Prediction and Research": "Research" is capitalised in too many company names to count as lower case;
    // "Brice and Fernley" are two names).
    private bool IsCommonConjunct(ReadOnlySpan<char> before, ReadOnlySpan<char> word)
    {
        const ushort names = Gazetteer.Places | Gazetteer.Demonym | Gazetteer.GivenName | Gazetteer.Surname | Gazetteer.Club;
        var lists = gazetteer.LookupWord(word);
        return (lists & Gazetteer.LowerCaseWord) != 0
            || ((lists & names) == 0 && (gazetteer.LookupWord(before) & names) == 0);
    }
}
