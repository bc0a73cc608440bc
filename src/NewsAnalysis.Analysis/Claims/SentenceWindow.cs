using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// One sentence window of a document, tokens [<c>_a</c>, <c>_b</c>), and the token tests the attribution rules read it
/// with. One window is reused for every sentence of a document, moved along by the scan.
/// </summary>
internal abstract class SentenceWindow
{
    protected readonly TextDocument _document;
    protected readonly string _text;
    protected readonly ReadOnlyArray<Token> _tokens;

    // For each token, the quotation holding it, else -1.
    protected readonly int[] _quoteOf;
    protected int _sentence;
    protected int _a;
    protected int _b;

    protected SentenceWindow(TextDocument document, int[] quoteOf)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _quoteOf = quoteOf;
    }

    // Past either end of the text a word is empty, so a rule that looks one word too far finds nothing there.
    // "US" is the country, spelt as the wire spells it, so the word lists' pronoun "us" ("told us", "some of us")
    // does not read "told US officials" or "the US said"; "WHO" is the World Health Organization, not "who".
    protected ReadOnlySpan<char> W(int i)
    {
        if ((uint)i >= (uint)_tokens.Count)
        {
            return default;
        }

        var word = _tokens[i].Span.SliceOf(_text);
        return word.Length == 2 && word[0] == 'U' && word[1] == 'S' ? "U.S."
            : word.Length == 3 && word[0] == 'W' && word[1] == 'H' && word[2] == 'O' ? "W.H.O."
            : word;
    }

    // Lengths first: the rules ask this of nearly every token they pass, and most differ in length (ignoring case
    // never changes a length), so the comparison call is rarely made.
    protected bool Is(int i, string word) =>
        i >= _a && i < _b && _tokens[i].Span.Length == word.Length && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    protected bool IsWord(int i) => i >= _a && i < _b && _tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    protected bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(W(i)[0]);

    protected bool IsPunct(int i, char c) => i >= _a && i < _b && _tokens[i].Span.Length == 1 && _text[_tokens[i].Span.Start] == c;

    // Antonio "LA" Reid: the marks around a nickname of up to three capitalised words inside a name.
    protected bool IsNicknameMark(int i)
    {
        if (_quoteOf[i] >= 0 || !IsMarkChar(i, out var c))
        {
            return false;
        }

        // Opening: a name, the mark, capitalised words, the closing mark, a name.
        if (IsCapitalised(i - 1))
        {
            for (var k = i + 1; k <= i + 4 && k < _b; k++)
            {
                if (!IsWord(k))
                {
                    if (k > i + 1 && IsMarkChar(k, out var close) && close == QuoteMarks.Closing(c) && IsCapitalised(k + 1))
                    {
                        return true;
                    }

                    break;
                }

                if (!IsCapitalised(k))
                {
                    break;
                }
            }
        }

        // Closing: the same read from the right.
        if (IsCapitalised(i + 1))
        {
            for (var k = i - 1; k >= i - 4 && k >= _a; k--)
            {
                if (!IsWord(k))
                {
                    return k < i - 1 && IsMarkChar(k, out var open) && QuoteMarks.Closing(open) == c && IsCapitalised(k - 1);
                }

                if (!IsCapitalised(k))
                {
                    return false;
                }
            }
        }

        return false;
    }

    private bool IsMarkChar(int i, out char c) => QuoteMarks.IsMark(_tokens[i].Span.SliceOf(_text), out c);

    // ", “, ” and the two-apostrophe '' some papers print, as one token or two.
    protected bool IsQuoteMark(int i)
    {
        if (i < _a || i >= _b)
        {
            return false;
        }

        var s = W(i);
        if (IsNicknameMark(i))
        {
            return false;
        }

        return s is "\"" or "“" or "”" or "''" or "``"
            || (s is "'" && ((i + 1 < _tokens.Count && W(i + 1) is "'" && _tokens[i + 1].Span.Start == _tokens[i].Span.End)
                || (i > 0 && W(i - 1) is "'" && _tokens[i - 1].Span.End == _tokens[i].Span.Start)))
            // A single mark counts where it bounds a quotation the quote finder paired.
            || (s is "'" or "‘" or "’" && _quoteOf[i] < 0 && ((i + 1 < _b && _quoteOf[i + 1] >= 0) || (i - 1 >= _a && _quoteOf[i - 1] >= 0)));
    }

    protected Span Tokens(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

    protected bool IsDashOrHyphen(int j) => IsDash(j) || (j >= _a && j < _b && W(j) is "-" or "―");

    protected int WordCount(int from)
    {
        var n = 0;
        for (var t = from; t < _b && n < 4; t++)
        {
            n += IsWord(t) ? 1 : 0;
        }

        return n;
    }

    protected bool StartsParagraph()
    {
        var start = _tokens[_a].Span.Start;
        return start == 0 || _text.AsSpan(Math.Max(0, start - 3), Math.Min(3, start)).Contains('\n');
    }

    // "wrote", "has written to the board": a letter's verb, whose "to" names whom it went to.
    protected static bool IsWritingVerb(ReadOnlySpan<char> word) => word is "wrote" or "written" or "write" or "writes";

    // A transcript's turn: the sentence's first word, or the first after a quotation mark that opens it or a paragraph
    // (`Partial transcript as follows:  "WALLACE: Let's start ...`).
    protected bool IsTurnStart(int i) =>
        i == _a || (i - 1 >= _a && IsQuoteMark(i - 1) && (i - 1 == _a || _text.AsSpan(_tokens[i - 2].Span.End, _tokens[i - 1].Span.Start - _tokens[i - 2].Span.End).Contains('\n')));

    protected bool HasPossessive(int first, int last)
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

    protected bool IsPlural(int t) => W(t).EndsWith('s') && !W(t).EndsWith("ss", StringComparison.Ordinal);

    // A lone apostrophe glued to a word ending in s ("Sanders' aides"); two in a row are a quotation mark.
    protected bool IsPossessive(int j) => W(j) is "'s" or "’s"
        || (W(j) is "'" or "’" && !IsQuoteMark(j) && j > 0 && _tokens[j - 1].Span.End == _tokens[j].Span.Start && W(j - 1).EndsWith('s')) || W(j).EndsWith("'s", StringComparison.Ordinal) || W(j).EndsWith("’s", StringComparison.Ordinal);

    protected bool IsAdverb(int j) => char.IsLower(W(j)[0]) && W(j).EndsWith("ly", StringComparison.Ordinal) && W(j).Length > 4 && !LyNouns.Contains(W(j));

    protected bool IsDash(int j) => IsPunct(j, '—') || IsPunct(j, '–') || (j >= _a && j < _b && W(j) is "--");

    // "a month ago", "several weeks earlier".
    private static readonly WordSet AgoWords = new("ago", "a", "an", "few", "several", "days", "weeks", "months", "years", "hours", "day", "hour");

    protected bool IsTimePhrase(int first, int end)
    {
        var t = first;
        while (t < _b && _tokens[t].Span.End <= end)
        {
            if (IsWord(t) && !(Is(t, "on") || Is(t, "in") || Is(t, "at") || Is(t, "last") || Is(t, "this") || Is(t, "late") || Is(t, "here") || Is(t, "there")
                || Is(t, "early") || Is(t, "week") || Is(t, "month") || Is(t, "year") || Weekdays.Contains(W(t)) || TimeWords.Contains(W(t))
                || AgoWords.Contains(W(t)) || DayParts.Contains(W(t))
                || _tokens[t].Kind == TokenKind.Number))
            {
                return false;
            }

            t++;
        }

        return true;
    }

    // The end of a time phrase of up to four words ("on Monday", "this week", "in April 2004", "on Wednesday night",
    // "yesterday"), not a possessor ("last week's number one") nor a modal ("this may").
    protected int PastTimePhrase(int start)
    {
        if (!TimeOpeners.Contains(W(start)) && !(Weekdays.Contains(W(start)) && IsCapitalised(start)))
        {
            return start;
        }

        for (var end = Math.Min(start + 4, _b - 1); end > start; end--)
        {
            var last = W(end - 1);
            var core = (Weekdays.Contains(last) && IsCapitalised(end - 1)) || TimeWords.Contains(last) || DayParts.Contains(last)
                || last is "week" or "month" or "year"
                || (_tokens[end - 1].Kind == TokenKind.Number && last.Length == 4 && (Is(end - 2, "in") || (Weekdays.Contains(W(end - 2)) && IsCapitalised(end - 2))));
            // A month that is also a given name, alone, may be one ("June Carter Cash", "April Ryan").
            if (core && IsTimePhrase(start, _tokens[end - 1].Span.End) && AllWords(start, end) && !HasArticle(start, end)
                && !(end == start + 1 && GivenNameMonths.Contains(last)))
            {
                return IsPossessive(end) ? start : end;
            }
        }

        return start;
    }

    private static readonly WordSet GivenNameMonths = new("april", "may", "june", "august");

    private static readonly WordSet TimeOpeners = new(
        "on", "in", "at", "during", "last", "this", "next", "early", "late", "earlier", "later", "yesterday", "today", "tonight");

    private bool HasArticle(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (Is(t, "a") || Is(t, "an"))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllWords(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!IsWord(t))
            {
                return false;
            }
        }

        return true;
    }

    protected bool IsEndOfClause(int j) => j >= _b || (_tokens[j].Kind == TokenKind.Punctuation && !IsQuoteMark(j)) || Is(j, "in") || Is(j, "on") || Is(j, "at");
}
