using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// A wire dateline that opens a paragraph ("WASHINGTON (Reuters) - ", "AP - ", "Ha Noi, Nov. 11 (VNA) - "): it says
/// where the story was filed and by whom, so it is neither a speaker nor part of what anyone said.
/// </summary>
internal static class Dateline
{
    private const int MaxTokens = 10;

    /// <summary>The first token after the datelines that open tokens [first, end), or first when there is none.</summary>
    public static int ContentStart(TextDocument document, int first, int end)
    {
        if (!OpensParagraph(document, first))
        {
            return first;
        }

        // "09:50 - More than 20,000 homes ...": a live page's time stamp.
        var start = TimeStampEnd(document, first, end) ?? ColonEnd(document, first, end) ?? first;
        // "SPACE.com - TORONTO, Canada -- A second team ...": a feed's name, then the place.
        for (var round = 0; round < 2 && End(document, start, end) is { } next; round++)
        {
            start = next;
        }

        return start;
    }

    // Capitalised words, commas, brackets, abbreviation dots and day numbers up to a spaced dash, then a capital;
    // one of them a place in capitals, an agency in brackets or a feed's address.
    private static int? End(TextDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        var named = false;
        var inBrackets = false;
        for (var t = start; t < end && t < start + MaxTokens; t++)
        {
            var s = document.TokenChars(t);
            if (NameTokens.IsDash(s))
            {
                var after = t + 1;
                while (after < end && NameTokens.IsDash(document.TokenChars(after)))
                {
                    after++;
                }

                var spaced = tokens[t].Span.Start > 0 && char.IsWhiteSpace(document.Text[tokens[t].Span.Start - 1]);
                // A headline "US - China talks resume" is short; a dateline opens a sentence of the story.
                return t > start && spaced && end - after >= 6 && named
                    && (char.IsUpper(document.TokenChars(after)[0]) || document.TokenChars(after)[0] is '"' or '“')
                    ? after
                    : null;
            }

            if (tokens[t].Kind == TokenKind.Word)
            {
                // "TURNOUT WAS NOT A SURPRISE - ..." is a headline in capitals, not a place.
                if ((!char.IsUpper(s[0]) && !char.IsDigit(s[0])) || NotInPlaces.Contains(s))
                {
                    return null;
                }

                // "WASHINGTON", "(Reuters)", "SPACE.com": a place in capitals, an agency, a feed; "Iran - Opec's
                // second-biggest producer - has ..." opens an aside.
                named |= inBrackets || (s.Length > 1 && NameTokens.HasNoLowerCase(s)) || s.EndsWith(".com", StringComparison.OrdinalIgnoreCase);
            }
            else if (s is "(" or ")")
            {
                inBrackets = s is "(";
            }
            else if (tokens[t].Kind == TokenKind.Number && s.Length <= 2)
            {
                // "BRUSSELS, Nov 15 (Reuters) -": the day of the month.
                continue;
            }
            else if (s is not ("," or "."))
            {
                return null;
            }
        }

        return null;
    }

    // "NEW DELHI: India's economy grew ...": a place in capitals and a colon open the story. A transcript opens the
    // same way ("WALLACE: Let's start ...") but speaks in the first or second person or gives other turns the same
    // way, so the colon counts only before a sentence in the third person and when no later paragraph opens with a
    // label in capitals.
    private static int? ColonEnd(TextDocument document, int first, int end)
    {
        if (first != 0 || LabelColon(document, first, end) is not { } colon || end - colon < 7
            || !char.IsUpper(document.TokenChars(colon + 1)[0]))
        {
            return null;
        }

        for (var t = colon + 1; t < end; t++)
        {
            if (Speaking.Contains(document.TokenChars(t)))
            {
                return null;
            }
        }

        var sentences = document.Sentences;
        for (var s = 1; s < sentences.Count; s++)
        {
            var opening = sentences[s].FirstToken;
            if (OpensParagraph(document, opening) && LabelColon(document, opening, sentences[s].EndToken) is not null)
            {
                return null;
            }
        }

        return colon + 1;
    }

    // The colon after one to three words in capitals that open tokens [first, end).
    private static int? LabelColon(TextDocument document, int first, int end)
    {
        for (var t = first; t < end && t < first + 4; t++)
        {
            var s = document.TokenChars(t);
            if (s is ":")
            {
                return t > first ? t : null;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || s.Length < 2 || !NameTokens.HasNoLowerCase(s))
            {
                return null;
            }
        }

        return null;
    }

    private static int? TimeStampEnd(TextDocument document, int first, int end)
    {
        var t = first;
        if (t + 3 >= end || document.Tokens[t].Kind != TokenKind.Number)
        {
            return null;
        }

        // "09:50" may be one token or three.
        if (!document.TokenChars(t).Contains(':'))
        {
            if (!(document.TokenChars(t + 1) is ":" or "." && document.Tokens[t + 2].Kind == TokenKind.Number && document.TokenChars(t + 2).Length == 2))
            {
                return null;
            }

            t += 2;
        }

        t++;
        if (document.TokenChars(t) is "GMT" or "BST" or "ET" or "EST" or "CET" or "am" or "pm")
        {
            t++;
        }

        return t + 1 < end && NameTokens.IsDash(document.TokenChars(t)) && char.IsUpper(document.TokenChars(t + 1)[0]) ? t + 1 : null;
    }

    // Case is ignored, so "us" would be the "US" of a story.
    private static readonly WordSet Speaking = new("I", "we", "you", "my", "our", "me", "I'm", "we're", "you're", "let's", "\"", "“", "?");

    private static readonly WordSet NotInPlaces = new(
        "a", "an", "the", "was", "is", "are", "were", "not", "to", "for", "and", "or", "but", "in", "on", "at", "with", "by",
        "it", "we", "he", "she", "they", "this", "that", "no", "will", "has", "have");

    private static bool OpensParagraph(TextDocument document, int token)
    {
        var start = document.Tokens[token].Span.Start;
        if (token == 0)
        {
            return true;
        }

        var previousEnd = document.Tokens[token - 1].Span.End;
        return document.Text.AsSpan(previousEnd, start - previousEnd).Contains('\n');
    }
}
