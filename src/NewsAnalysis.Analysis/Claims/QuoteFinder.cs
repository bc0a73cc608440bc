namespace NewsAnalysis.Analysis.Claims;

/// <summary>A quotation: <see cref="Inner"/> is what is quoted, <see cref="Outer"/> includes the quote marks.</summary>
internal readonly record struct Quote(Span Outer, Span Inner);

/// <summary>
/// Pairs quote marks ("straight" and “curly”) in one left-to-right pass. A quote may run over several paragraphs
/// when each continuing paragraph opens with a quote mark (the newspaper convention); a quote that never closes is
/// dropped at its paragraph end instead of swallowing the rest of the article.
/// </summary>
internal static class QuoteFinder
{
    // Longer than any plausible quotation; keeps a stray mark from pairing with one pages later.
    private const int MaxQuoteLength = 6000;

    public static List<Quote> Find(string text)
    {
        var quotes = new List<Quote>();
        var open = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                var next = SkipParagraphBreak(text, i);
                if (open >= 0 && (next >= text.Length || !IsQuoteMark(text[next]) || !IsOpening(text, next)))
                {
                    open = -1;
                }

                // A continuation paragraph's opening mark belongs to the quote already open.
                i = open >= 0 ? next + 1 : next;
                continue;
            }

            if (IsQuoteMark(c))
            {
                if (open < 0)
                {
                    if (c != '”' && IsOpening(text, i))
                    {
                        open = i;
                    }
                }
                else if (c != '“' && (c == '”' || !IsOpening(text, i) || IsClosing(text, i)))
                {
                    if (i - open - 1 > 0)
                    {
                        quotes.Add(new Quote(new Span(open, i + 1), new Span(open + 1, i)));
                    }

                    open = -1;
                }
                else if (c == '“')
                {
                    open = i;
                }
            }

            if (open >= 0 && i - open > MaxQuoteLength)
            {
                open = -1;
            }

            i++;
        }

        return quotes;
    }

    // A blank line; a single line break may just be a hard wrap inside a paragraph.
    private static bool IsParagraphBreak(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    private static int SkipParagraphBreak(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”';

    private static bool IsOpening(string text, int i)
    {
        if (text[i] == '“')
        {
            return true;
        }

        if (text[i] == '”')
        {
            return false;
        }

        var before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '/';
        var after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    private static bool IsClosing(string text, int i) =>
        i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);
}
