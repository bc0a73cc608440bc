using System.Globalization;

namespace NewsAnalysis.Analysis.Text;

/// <summary>
/// Splits text into Penn-Treebank-like tokens with exact UTF-16 offsets, so that raw news is cut the way the
/// CoNLL-trained recogniser saw its training tokens: "Netanyahu's" → "Netanyahu" "'s", "don't" → "do" "n't",
/// "U.S." and "Dr." whole, "Israeli-Palestinian" one token, a currency sign its own token.
/// One pass over the text, no substrings.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    internal static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        var chunkEnd = -1;
        var chunkIsLink = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                i++;
                continue;
            }

            // Once per whitespace-delimited chunk: is it a URL or an e-mail address (one token)?
            if (i >= chunkEnd)
            {
                chunkEnd = i;
                while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd]))
                {
                    chunkEnd++;
                }

                chunkIsLink = IsLink(text.AsSpan(i, chunkEnd - i));
            }

            int end;
            TokenKind kind;
            if (chunkIsLink && IsLetterOrDigit(c))
            {
                end = TrimTrailingPunctuation(text, i, chunkEnd);
                kind = TokenKind.Word;
                chunkEnd = end; // the stripped punctuation is tokenised normally
                chunkIsLink = false;
            }
            else if (IsLetterOrDigit(c))
            {
                (end, kind) = ScanWord(text, i, chunkEnd);
                if (end - i == 0)
                {
                    end = i + 1;
                }
            }
            else if ((c is '@' or '#') && i + 1 < chunkEnd && (IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
            {
                end = i + 1;
                while (end < chunkEnd && (IsLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }

                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && CliticLength(text, i, chunkEnd) is > 0 and var clitic)
            {
                end = i + clitic;
                kind = TokenKind.Word;
            }
            else
            {
                (end, kind) = ScanPunctuation(text, i);
            }

            tokens.Add(new Token(new Span(i, end), kind));
            i = end;
        }

    }

    internal static bool IsLetterOrDigit(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static bool IsLink(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 5)
        {
            return false;
        }

        var start = 0;
        while (start < chunk.Length && !char.IsLetterOrDigit(chunk[start]))
        {
            start++;
        }

        var core = chunk[start..];
        if (core.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // An e-mail address: letters before one '@', a dotted domain after it.
        var at = core.IndexOf('@');
        if (at <= 0 || at + 1 >= core.Length || !char.IsLetterOrDigit(core[at + 1]))
        {
            return false;
        }

        var domain = core[(at + 1)..];
        var dot = domain.IndexOf('.');
        return dot > 0 && dot + 1 < domain.Length && char.IsLetter(domain[dot + 1]) && domain.IndexOf('@') < 0;
    }

    private static int TrimTrailingPunctuation(string text, int start, int end)
    {
        while (end > start + 1 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or ')' or ']'
                   or '}' or '”' or '’' or '»' or '>')
        {
            // Keep a closing bracket that the link itself opened (Wikipedia URLs).
            var link = text.AsSpan(start, end - start);
            if (text[end - 1] == ')' && link.Count('(') >= link.Count(')'))
            {
                break;
            }

            end--;
        }

        return end;
    }

    // A word or number: letters and digits joined by inner hyphens, apostrophes (O'Brien), dots (U.S., 3.5),
    // thousands separators (28,000) and ampersands (AT&T); a trailing abbreviation dot is kept.
    private static (int End, TokenKind Kind) ScanWord(string text, int start, int limit)
    {
        var isNumber = char.IsDigit(text[start]);
        var i = start + 1;
        var segmentStart = start;  // start of the current dot-separated segment
        var innerDots = 0;
        var lettersOnly = !isNumber;
        while (i < limit)
        {
            var c = text[i];
            if (IsLetterOrDigit(c))
            {
                if (!char.IsLetter(c))
                {
                    lettersOnly = false;
                }

                i++;
                continue;
            }

            var next = i + 1 < limit ? text[i + 1] : '\0';
            if (IsApostrophe(c))
            {
                if (CliticLength(text, i, limit) > 0)
                {
                    break;
                }

                // "don't": the word ends before the n of n't.
                if (next is 't' or 'T' && i > start + 1 && text[i - 1] is 'n' or 'N'
                    && (i + 2 >= limit || !IsLetterOrDigit(text[i + 2])))
                {
                    return (i - 1, TokenKind.Word);
                }

                if (char.IsLetter(next) && char.IsLetter(text[i - 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            if ((c is '-' or '_' && IsLetterOrDigit(next)) || (c == '/' && isNumber && char.IsDigit(next)))
            {
                // "ex-U.S.", "anti-U.N.": the part after the hyphen is a segment of its own.
                i++;
                segmentStart = i;
                continue;
            }

            if (c == '&' && char.IsUpper(next) && char.IsUpper(text[i - 1]) && i - start <= 3)
            {
                i++;
                continue;
            }

            if (c is '.' or ',' && char.IsDigit(next) && char.IsDigit(text[i - 1]))
            {
                // 28,000 needs three digits after the comma; 3.5 any.
                if (c == ',' && !ThreeDigits(text, i + 1, limit))
                {
                    break;
                }

                i++;
                continue;
            }

            if (c == '.' && lettersOnly && char.IsLetter(next) && i - segmentStart <= 2)
            {
                // U.S / p.m / Ph.D: short letter segments joined by dots.
                innerDots++;
                i++;
                segmentStart = i;
                continue;
            }

            break;
        }

        var end = i;
        if (end < limit && text[end] == '.' && (isNumber ? IsEnumerator(text, start, end) : KeepsDot(text, start, end, innerDots)))
        {
            end++;
        }

        return (end, isNumber ? TokenKind.Number : TokenKind.Word);
    }

    // "3. Kenya" at the start of a line: a list number keeps its dot (as in results tables), "in 2003." does not.
    private static bool IsEnumerator(string text, int start, int end)
    {
        var lineStart = start == 0 || text[start - 1] is '\n' or '\r';
        return lineStart && end - start <= 2 && end + 2 < text.Length && text[end + 1] == ' ' && char.IsUpper(text[end + 2]);
    }

    private static bool ThreeDigits(string text, int from, int limit) =>
        from + 2 < limit && char.IsDigit(text[from]) && char.IsDigit(text[from + 1]) && char.IsDigit(text[from + 2])
        && (from + 3 >= limit || !char.IsDigit(text[from + 3]));

    private static bool KeepsDot(string text, int start, int end, int innerDots)
    {
        var word = text.AsSpan(start, end - start);
        if (innerDots > 0)
        {
            return true;                          // U.S. p.m. e.g.
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // The initial J., not a letter ending a paragraph or the text ("he wrote on X."); a hard-wrapped line
            // may still break a name ("John F.\nKennedy").
            return end + 1 < text.Length && !EndsParagraph(text, end + 1);
        }

        // "No. 10" but not "said no.".
        if (word.SequenceEqual("No") || word.SequenceEqual("Nos"))
        {
            return end + 2 < text.Length && char.IsDigit(text[end + 1] == ' ' ? text[end + 2] : text[end + 1]);
        }

        // "Dr." but not "end.": the dot after a known abbreviation, unless it is "...".
        return !(end + 1 < text.Length && text[end + 1] == '.') && Abbreviations.IsAbbreviation(word);
    }

    private static bool EndsParagraph(string text, int from)
    {
        var newlines = 0;
        var k = from;
        for (; k < text.Length && text[k] is '\n' or '\r' or ' ' or '\t'; k++)
        {
            newlines += text[k] == '\n' ? 1 : 0;
        }

        return newlines >= 2 || (newlines == 1 && k == text.Length);
    }

    // 's 're 've 'll 'd 'm n't as separate tokens (PTB), when followed by a non-letter.
    private static int CliticLength(string text, int i, int limit)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        if (!char.IsLetterOrDigit(before) && !char.IsWhiteSpace(before))
        {
            return 0;
        }

        var rest = limit - i - 1;
        int length;
        if (rest >= 2 && IsLetter2(text, i + 1, "re", "ve", "ll"))
        {
            length = 3;
        }
        else if (rest >= 1 && text[i + 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')
        {
            length = 2;
        }
        else
        {
            return 0;
        }

        if (i + length < limit && IsLetterOrDigit(text[i + length]))
        {
            return 0;
        }

        // Standing alone ("Netanyahu 's", as in CoNLL) or glued to a word; an opening quote before a name ('Sam) is not.
        return length;
    }

    private static bool IsLetter2(string text, int at, string a, string b, string c)
    {
        var x = char.ToLowerInvariant(text[at]);
        var y = char.ToLowerInvariant(text[at + 1]);
        return (x == a[0] && y == a[1]) || (x == b[0] && y == b[1]) || (x == c[0] && y == c[1]);
    }

    private static (int End, TokenKind Kind) ScanPunctuation(string text, int i)
    {
        var c = text[i];
        if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
        {
            var e = i + 3;
            while (e < text.Length && text[e] == '.')
            {
                e++;
            }

            return (e, TokenKind.Punctuation);
        }

        if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
        {
            var e = i + 2;
            while (e < text.Length && text[e] == '-')
            {
                e++;
            }

            return (e, TokenKind.Punctuation);
        }

        if (c is '?' or '!')
        {
            var e = i + 1;
            while (e < text.Length && text[e] is '?' or '!')
            {
                e++;
            }

            return (e, TokenKind.Punctuation);
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return (AbsorbEmojiTail(text, i + 2), TokenKind.Symbol);
        }

        if (char.IsSurrogate(c))
        {
            return (i + 1, TokenKind.Symbol);   // a lone surrogate: its own token
        }

        var end = AbsorbEmojiTail(text, i + 1);
        return (end, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    // Variation selectors, skin tones, ZWJ sequences and keycaps belong to the emoji before them.
    private static int AbsorbEmojiTail(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (c == '\u200D' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                i += char.IsHighSurrogate(text[i + 1]) && i + 2 < text.Length && char.IsLowSurrogate(text[i + 2]) ? 3 : 2;
            }
            else if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
