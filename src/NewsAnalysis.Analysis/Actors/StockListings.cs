using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>A company's stock listing in brackets as news sites print it: the exchange, the ticker and the company.</summary>
internal static class StockListings
{
    // "Gateway's ( NYSE : GTW - News )", "Boeing Co. ( BA.N : Quote , Profile , Research )", "IBM ( Quote , Chart )": a
    // company's stock listing in brackets, as news sites print it. The exchange and the ticker are organisations (a
    // ticker stands for its company), the words of the links are no names, and the name before the brackets (or its
    // "'s") is a company.
    public static void Add(TextDocument document, List<NameMention> names, bool[] covered, List<NameMention> added)
    {
        var count = document.Tokens.Count;
        List<int>? links = null;
        for (var i = 1; i + 2 < count; i++)
        {
            if (!document.TokenChars(i).Equals("(", StringComparison.Ordinal))
            {
                continue;
            }

            int exchange = -1, ticker = -1, rest = i + 1;
            if (document.TokenChars(i + 2).Equals(":", StringComparison.Ordinal) && i + 3 < count && IsTicker(document.TokenChars(i + 3))
                && char.IsUpper(document.TokenChars(i + 1)[0]) && !IsLinkWord(document.TokenChars(i + 1)))
            {
                (exchange, ticker, rest) = (i + 1, i + 3, i + 4);
            }
            else if (document.TokenChars(i + 2).Equals(":", StringComparison.Ordinal) && IsTicker(document.TokenChars(i + 1)))
            {
                (ticker, rest) = (i + 1, i + 3);
            }

            // Then only the links, until the bracket closes: "- News", ": Quote , Profile , Research", "Quote , Chart".
            var close = rest;
            var anyLink = false;
            while (close < count && close - i <= 12 && document.TokenChars(close) is var word && !word.Equals(")", StringComparison.Ordinal))
            {
                if (IsLinkWord(word))
                {
                    anyLink = true;
                }
                else if (word is not ("," or "-" or ":"))
                {
                    break;
                }

                close++;
            }

            if (close >= count || !document.TokenChars(close).Equals(")", StringComparison.Ordinal) || (!anyLink && exchange < 0))
            {
                continue;
            }

            for (var t = rest; t < close; t++)
            {
                if (IsLinkWord(document.TokenChars(t)))
                {
                    (links ??= []).Add(t);
                }
            }

            foreach (var token in (ReadOnlySpan<int>)[exchange, ticker])
            {
                if (token >= 0)
                {
                    AddOrRetypeOrganization(document, names, token, covered, added);
                }
            }

            var company = i - 1;
            if (company > 0 && NameTokens.IsPossessive(document.TokenChars(company)))
            {
                company--;
            }

            if (IndexOfName(names, -1, company + 1) is >= 0 and var j)
            {
                names[j] = names[j] with { Kind = ActorKind.Organization, KindFromContext = true };
            }
            else if (!covered[company] && NameTokens.IsTitleCase(document.TokenChars(company)))
            {
                AddOrRetypeOrganization(document, names, company, covered, added);
            }

            i = close;
        }

        if (links is not null)
        {
            names.RemoveAll(n => n.End - n.First == 1 && links.Contains(n.First));
            foreach (var t in links)
            {
                covered[t] = false;
            }
        }
    }

    private static void AddOrRetypeOrganization(TextDocument document, List<NameMention> names, int token, bool[] covered, List<NameMention> added)
    {
        if (IndexOfName(names, token, token + 1) is >= 0 and var j)
        {
            names[j] = names[j] with { Kind = ActorKind.Organization, KindFromContext = true };
        }
        else if (!covered[token])
        {
            added.Add(new NameMention(token, token + 1, ActorKind.Organization, [NameTokens.Normalize(document.TokenChars(token))], document.Tokens[token].Span)
            {
                KindFromContext = true,
            });
            covered[token] = true;
        }
    }

    // The name ending at token <paramref name="end"/> (and starting at <paramref name="first"/>, unless -1); no
    // lambda, which would capture per token.
    private static int IndexOfName(List<NameMention> names, int first, int end)
    {
        for (var j = 0; j < names.Count; j++)
        {
            if (names[j].End == end && (first < 0 || names[j].First == first))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsLinkWord(ReadOnlySpan<char> word) => word is "Quote" or "Chart" or "Profile" or "Research" or "News";

    // "GTW", "AAPL", "BA.N": one to six capitals, a dot before an exchange's letter.
    private static bool IsTicker(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 6 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
