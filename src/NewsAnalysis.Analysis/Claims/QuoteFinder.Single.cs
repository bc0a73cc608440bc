namespace NewsAnalysis.Analysis.Claims;

internal static partial class QuoteFinder
{
    /// <summary>
    /// 'Single' and ‘curly single’ quotations. The same marks are apostrophes ("don't", "the players' union",
    /// "the '90s", "rock 'n' roll"), so a mark opens only before a word and after a space or an opening bracket, closes
    /// only after a word or punctuation and before a space or punctuation, and a plural possessive ("players' union")
    /// closes nothing. A quote that does not close by its paragraph's end (or a continuing paragraph's) is dropped.
    /// </summary>
    private static class SingleQuotes
    {
        private const int MaxLength = 3000;

        public static List<Quote> Find(string text)
        {
            var quotes = new List<Quote>();
            var open = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' && IsParagraphBreak(text, i))
                {
                    var next = SkipParagraphBreak(text, i);
                    if (open >= 0 && !(next < text.Length && IsOpening(text, next)))
                    {
                        open = -1;
                    }

                    i = open >= 0 ? next : next - 1;
                    continue;
                }

                if (c is not ('\'' or '‘' or '’'))
                {
                    continue;
                }

                if (open >= 0 && i - open > MaxLength)
                {
                    open = -1;
                }

                if (open >= 0 && c != '‘' && IsClosing(text, i))
                {
                    if (i - open > 1)
                    {
                        quotes.Add(new Quote(new Span(open, i + 1), new Span(open + 1, i)));
                    }

                    open = -1;
                }
                else if (c != '’' && IsOpening(text, i))
                {
                    // An earlier mark that never closed was an apostrophe ("'bot nets").
                    open = i;
                }
            }

            return quotes;
        }

        private static bool IsOpening(string text, int i)
        {
            if (text[i] is not ('\'' or '‘') || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
            {
                return false;
            }

            // Also right inside a double quotation: "'Go,' she told me".
            return (MayOpenAfter(text, i) || text[i - 1] is '"' or '“') && !IsElision(text, i + 1);
        }

        // "'90s", "'em", "rock 'n' roll", "'til": a letter left out, not a quotation.
        private static bool IsElision(string text, int start)
        {
            var end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (char.IsDigit(word[0]))
            {
                return word.Length == 3 && char.IsDigit(word[1]) && word[2] == 's' || (word.Length == 2 && char.IsDigit(word[1]) && !(end < text.Length && text[end] is '\'' or '’'));
            }

            return Elisions.Contains(word);
        }

        private static readonly WordSet Elisions = new("n", "em", "til", "tis", "twas", "cause", "cos", "bout", "round", "ello", "allo");

        private static bool IsClosing(string text, int i)
        {
            if (i == 0 || char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }

            var after = i + 1;
            if (after >= text.Length || char.IsPunctuation(text[after]) || char.IsSymbol(text[after]))
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[after]))
            {
                return false;
            }

            // "the players' union": a plural possessive before a noun; "called it 'madness' and left" closes.
            if (text[i - 1] is 's' or 'S')
            {
                var start = after;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                var end = start;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                return end == start || !char.IsLower(text[start]) || ClauseWords.Contains(text.AsSpan(start, end - start));
            }

            return true;
        }

        private static readonly WordSet ClauseWords = new(
            "and", "or", "but", "to", "in", "on", "as", "for", "by", "after", "before", "when", "while", "because", "that",
            "which", "who", "with", "at", "of", "from", "is", "was", "are", "were", "has", "have", "had", "will", "would",
            "said", "says", "he", "she", "they", "it", "we", "i", "you", "than", "if", "over", "into", "about");

        /// <summary>
        /// Both kinds in text order: a single quotation inside a double one is a quotation within it and a double one
        /// inside a single one the same; where they cross, the double marks win.
        /// </summary>
        public static List<Quote> Merge(List<Quote> doubles, List<Quote> singles)
        {
            if (singles.Count == 0)
            {
                return doubles;
            }

            var kept = new List<Quote>(doubles.Count + singles.Count);
            var d = 0;
            foreach (var single in singles)
            {
                while (d < doubles.Count && doubles[d].Outer.End <= single.Outer.Start)
                {
                    kept.Add(doubles[d++]);
                }

                // Doubles that start inside the single one are inside it or cross it.
                var k = d;
                var crosses = d < doubles.Count && doubles[d].Outer.Start < single.Outer.Start;
                while (!crosses && k < doubles.Count && doubles[k].Outer.Start < single.Outer.End)
                {
                    crosses = doubles[k].Outer.End > single.Outer.End;
                    k++;
                }

                if (!crosses)
                {
                    kept.Add(single);
                    d = k;
                }
            }

            while (d < doubles.Count)
            {
                kept.Add(doubles[d++]);
            }

            return kept;
        }
    }
}
