using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>The news service a report credits ("LONDON ( Reuters ) -"), a name the recogniser often leaves out.</summary>
internal static class NewsCredits
{
    // "LONDON ( Reuters ) - Shares fell", "Volcano Funds Low ( AP )\nAP - For lack of funds", "( SPACE.com ) SPACE.com -":
    // the news service credited in brackets before the dash that opens the report (or repeated before it on the next
    // line) is an organisation, a name the recogniser often leaves out of a line of capitals and brackets.
    public static void Add(TextDocument document, bool[] covered, List<NameMention> added)
    {
        var count = document.Tokens.Count;
        for (var i = 0; i + 3 < count; i++)
        {
            if (!document.TokenChars(i).Equals("(", StringComparison.Ordinal) || CreditEnd(document, i + 1) is not (> 0 and var end)
                || end + 1 >= count || !document.TokenChars(end).Equals(")", StringComparison.Ordinal))
            {
                continue;
            }

            var length = end - i - 1;
            var repeated = end + length + 1 < count && NameTokens.IsDash(document.TokenChars(end + length + 1));
            for (var k = 0; repeated && k < length; k++)
            {
                repeated = document.TokenChars(end + 1 + k).SequenceEqual(document.TokenChars(i + 1 + k));
            }

            if (!repeated && !NameTokens.IsDash(document.TokenChars(end + 1)))
            {
                continue;
            }

            AddCredit(document, i + 1, end, covered, added);
            if (repeated)
            {
                AddCredit(document, end + 1, end + 1 + length, covered, added);
            }

            i = end;
        }
    }

    private static void AddCredit(TextDocument document, int first, int end, bool[] covered, List<NameMention> added)
    {
        for (var t = first; t < end; t++)
        {
            if (covered[t])
            {
                return;
            }
        }

        var words = new string[end - first];
        for (var t = first; t < end; t++)
        {
            words[t - first] = NameTokens.Normalize(document.TokenChars(t));
        }

        var span = new Span(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        added.Add(new NameMention(first, end, ActorKind.Organization, words, span) { KindFromContext = true });
        Array.Fill(covered, true, first, end - first);
    }

    // Where a credit starting at token <paramref name="at"/> ends: a capitalised word ("Reuters", "AP") or a site
    // written without a space ("SPACE.com", "newratings.com"); -1 when none starts there.
    private static int CreditEnd(TextDocument document, int at)
    {
        var word = document.TokenChars(at);
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return -1;
        }

        if (at + 2 < document.Tokens.Count && document.TokenChars(at + 1).Equals(".", StringComparison.Ordinal)
            && document.TokenChars(at + 2) is "com" or "org" or "net"
            && document.Tokens[at + 1].Span.Start == document.Tokens[at].Span.End && document.Tokens[at + 2].Span.Start == document.Tokens[at + 1].Span.End)
        {
            return at + 3;
        }

        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return -1;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        return at + 1;
    }
}
