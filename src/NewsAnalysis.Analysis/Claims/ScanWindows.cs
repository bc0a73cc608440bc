using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>The sentence windows the attribution rules read, and which tokens sit inside a quotation.</summary>
internal static class ScanWindows
{
    public const int MaxSentenceTokens = 200;

    /// <summary>
    /// The token windows the scan reads: a sentence, joined with the pieces a splitter cut off after an abbreviation
    /// or a question mark inside a quotation ("Ava, Mo. | , who ...", `"...?" | ," Trump said.`), with the index of
    /// its last sentence. A run-on "sentence" (garbage, a table, an unsplit 50,000-character line) is read in windows
    /// of <see cref="MaxSentenceTokens"/> so that the per-cue look-arounds stay bounded and the pass stays linear.
    /// </summary>
    public static IEnumerable<(int Sentence, int First, int End)> Windows(TextDocument document)
    {
        var sentences = document.Sentences;
        for (var first = 0; first < sentences.Count;)
        {
            var last = first;
            while (last + 1 < sentences.Count && ContinuesSentence(document, last + 1))
            {
                last++;
            }

            var end = sentences[last].EndToken;
            for (var a = Dateline.ContentStart(document, sentences[first].FirstToken, end); a < end; a += MaxSentenceTokens)
            {
                yield return (last, a, Math.Min(end, a + MaxSentenceTokens));
            }

            first = last + 1;
        }
    }

    // A sentence that opens with a comma, a semicolon or a lower-case word on the same line as the one before it.
    private static bool ContinuesSentence(TextDocument document, int sentence)
    {
        var s = document.Sentences[sentence];
        var previous = document.Sentences[sentence - 1];
        if (s.TokenCount == 0 || previous.Span.End > s.Span.Start
            || document.Text.AsSpan(previous.Span.End, s.Span.Start - previous.Span.End).Contains('\n'))
        {
            return false;
        }

        var first = document.TokenChars(s.FirstToken);
        return first is "," or ";" || (document.Tokens[s.FirstToken].Kind == TokenKind.Word && char.IsLower(first[0]));
    }

    /// <summary>
    /// The words the cue model decides on, as the scan meets them: every unquoted word the lexicon knows, with the
    /// sentence window it is read in and whether that window quotes anyone.
    /// </summary>
    public static IEnumerable<(int Token, int First, int End, bool Quoted)> Candidates(TextDocument document, int[] quoteOf, CueLexicon lexicon)
    {
        foreach (var (_, a, b) in Windows(document))
        {
            var quoted = HasQuoted(quoteOf, a, b);
            for (var i = a; i < b; i++)
            {
                if (quoteOf[i] < 0 && document.Tokens[i].Kind == TokenKind.Word && lexicon.Strength(document.TokenChars(i)) >= AttributionFinder.MinModelStrength)
                {
                    yield return (i, a, b, quoted);
                }
            }
        }
    }

    public static bool HasQuoted(int[] quoteOf, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (quoteOf[i] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // For each token, the index of the quote whose inner span holds it, else -1. Quotes and tokens are both in text
    // order, so one merge pass does it.
    public static int[] MapTokensToQuotes(TextDocument document, IReadOnlyList<Quote> quotes)
    {
        var map = new int[document.Tokens.Count];
        var q = 0;
        for (var t = 0; t < map.Length; t++)
        {
            var span = document.Tokens[t].Span;
            while (q < quotes.Count && quotes[q].Inner.End <= span.Start)
            {
                q++;
            }

            map[t] = q < quotes.Count && quotes[q].Inner.Contains(span) ? q : -1;
        }

        return map;
    }
}
