namespace NewsAnalysis.Analysis.Text;

/// <summary>Splits text into word, number and punctuation tokens with exact UTF-16 offsets.</summary>
public static class Tokenizer
{
    // Placeholder: runs of letters/digits (keeping inner apostrophes and number separators), else one char.
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                var digits = char.IsDigit(c);
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i++;
                    }
                    else if (digits && d is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(new Span(start, i), digits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(new Span(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }

        return tokens;
    }
}
