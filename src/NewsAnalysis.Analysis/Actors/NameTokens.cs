using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>What the name rules ask of a token: its sentence, its name form, its case, whether it is an "'s".</summary>
internal static class NameTokens
{
    public static Sentence SentenceOf(TextDocument document, int token) => document.Sentences[document.SentenceIndexOf(token)];

    /// <summary>Whether the token opens its sentence or a line (a headline above it may run on without a full stop).</summary>
    public static bool OpensLine(TextDocument document, int token, int sentenceStart) =>
        token == sentenceStart
        || document.Text.AsSpan(document.Tokens[token - 1].Span.End, document.Tokens[token].Span.Start - document.Tokens[token - 1].Span.End).Contains('\n');

    /// <summary>A token as a name's word: full stops dropped, lower case, curly quotes straight ("U.S." → "us").</summary>
    public static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (c != '.')
            {
                buffer[n++] = FeatureHash.NormalizeChar(c);
            }
        }

        return n == 0 ? token.ToString() : new string(buffer[..n]);
    }

    public static bool IsTitleCase(ReadOnlySpan<char> token) =>
        token.Length > 1 && char.IsUpper(token[0]) && char.IsLower(token[1]);

    public static bool IsPossessive(ReadOnlySpan<char> token) =>
        token.Length == 2 && Tokenizer.IsApostrophe(token[0]) && token[1] is 's' or 'S';

    /// <summary>A dash between a dateline or credit and the report ("LONDON -", "( Reuters ) --").</summary>
    public static bool IsDash(ReadOnlySpan<char> token) => token is "-" or "--" or "\u2013" or "\u2014";

    /// <summary>No letter of the token is lower case ("NEW YORK", "AP", "2004").</summary>
    public static bool HasNoLowerCase(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No letter of tokens [<paramref name="first"/>, <paramref name="end"/>) is lower case.</summary>
    public static bool HasNoLowerCase(TextDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!HasNoLowerCase(document.TokenChars(t)))
            {
                return false;
            }
        }

        return true;
    }
}
