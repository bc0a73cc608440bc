namespace NewsAnalysis.Analysis.Claims;

/// <summary>A quotation: <see cref="Inner"/> is what is quoted, <see cref="Outer"/> includes the quote marks.</summary>
internal readonly record struct Quote(Span Outer, Span Inner);

/// <summary>
/// Pairs quote marks ("straight" and “curly”) in one left-to-right pass. A quote may run over several paragraphs
/// when each continuing paragraph opens with a quote mark (the newspaper convention); a quote that never closes is
/// dropped at its paragraph end instead of swallowing the rest of the article. Single quotes ('straight' and
/// ‘curly’, the British papers' marks and every headline's) are paired apart, since most of them are apostrophes.
/// </summary>
internal static partial class QuoteFinder
{
    // Longer than any plausible quotation; keeps a stray mark from pairing with one pages later.
    private const int MaxQuoteLength = 6000;

    // Line breaks (paragraph ends) and the characters a quote mark starts with.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\n\"“”'");

    public static List<Quote> Find(string text)
    {
        var quotes = FindDouble(text);
        if (text.AsSpan().ContainsAny(SingleMarks))
        {
            quotes = SingleQuotes.Merge(quotes, SingleQuotes.Find(text));
        }

        quotes.RemoveAll(q => IsNickname(text, q));
        return quotes;
    }

    // Antonio "LA" Reid, Brian 'Head' Welch: a nickname inside a name, not a quotation.
    private static bool IsNickname(string text, Quote quote)
    {
        var (open, close) = (quote.Outer.Start, quote.Outer.End);
        if (open < 2 || close + 1 >= text.Length || text[open - 1] != ' ' || text[close] != ' '
            || !char.IsLetter(text[open - 2]) || !char.IsUpper(text[close + 1]) || !char.IsUpper(text[quote.Inner.Start]))
        {
            return false;
        }

        var word = open - 2;
        while (word > 0 && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        if (!char.IsUpper(text[word]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in text.AsSpan(quote.Inner.Start, quote.Inner.Length))
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        return words <= 3;
    }

    private static readonly System.Buffers.SearchValues<char> SingleMarks = System.Buffers.SearchValues.Create("'‘");

    private static List<Quote> FindDouble(string text)
    {
        var quotes = new List<Quote>();
        var open = -1;
        var openMark = 1;
        var i = 0;
        while (i < text.Length)
        {
            // Jump to the next character that can matter: between them only the length limit can close a quote,
            // and it would have by the last character skipped.
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            var stop = skip < 0 ? text.Length : i + skip;
            if (stop > i)
            {
                if (open >= 0 && stop - 1 - open > MaxQuoteLength)
                {
                    open = -1;
                }

                i = stop;
                if (i >= text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                var next = SkipParagraphBreak(text, i);
                if (open >= 0 && (next >= text.Length || MarkLength(text, next) is not (> 0 and var m) || !IsOpening(text, next, m)))
                {
                    open = -1;
                }

                // A continuation paragraph's opening mark belongs to the quote already open.
                i = open >= 0 ? next + MarkLength(text, next) : next;
                continue;
            }

            var mark = MarkLength(text, i);
            if (mark > 0)
            {
                if (open < 0)
                {
                    if (c == '”' ? IsMisprintedOpening(text, i) : IsOpening(text, i, mark))
                    {
                        open = i;
                        openMark = mark;
                    }
                }
                else if (c != '“' && (c == '”' || !IsOpening(text, i, mark) || IsClosing(text, i + mark)))
                {
                    if (i - open - openMark > 0)
                    {
                        quotes.Add(new Quote(new Span(open, i + mark), new Span(open + openMark, i)));
                    }

                    open = -1;
                }
                else if (c == '“')
                {
                    open = i;
                    openMark = mark;
                }

                i += mark;
                continue;
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

    // ", “, ” and the two-apostrophe '' some papers print for a double quote.
    private static int MarkLength(string text, int i) =>
        text[i] is '"' or '“' or '”' ? 1 : text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? 2 : 0;

    private static bool IsOpening(string text, int i, int mark)
    {
        if (text[i] == '“')
        {
            return true;
        }

        if (text[i] == '”')
        {
            return false;
        }

        var before = MayOpenAfter(text, i);
        var after = i + mark < text.Length && !char.IsWhiteSpace(text[i + mark]);
        return before && after;
    }

    // A quotation opens at the text's start, after a space or an opening bracket, dash, colon or slash.
    private static bool MayOpenAfter(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '/';

    // A paragraph that opens with a closing mark before a word (`”Fear. I am afraid ...”`) opens a quotation: a misprint.
    private static bool IsMisprintedOpening(string text, int i) =>
        (i == 0 || text[i - 1] == '\n') && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static bool IsClosing(string text, int after) =>
        after >= text.Length || char.IsWhiteSpace(text[after]) || char.IsPunctuation(text[after]);
}
