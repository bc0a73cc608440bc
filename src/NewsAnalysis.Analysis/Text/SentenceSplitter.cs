namespace NewsAnalysis.Analysis.Text;

/// <summary>
/// Groups tokens into sentences: at . ! ? (with the closing quotes and brackets after them), at line breaks
/// (a headline without a full stop is a sentence of its own), never after a title ("Dr.") or an initial ("J."),
/// and after "U.S." only when a sentence plainly starts next. Linear in the number of tokens.
/// </summary>
public static class SentenceSplitter
{
    // Capitalised words that usually start a sentence, so "... in the U.S. The ..." ends one there.
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With", "As", "After", "Before", "When", "While",
        "If", "Although", "Though", "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many",
        "Most", "Other", "Officials", "Analysts", "Critics", "According", "Last", "Earlier", "Later", "Now", "Still",
        "Since", "Despite", "Under", "Over", "From", "By", "Both", "Each", "All", "No", "Not", "One", "Two", "What",
        "Why", "How", "Who", "Where", "Asked", "Speaking", "Mr", "Mrs", "Ms", "Dr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Split(text, tokens is ReadOnlyArray<Token> array ? array.AsSpan() : tokens.ToArray());
    }

    /// <summary>As <see cref="Split(string, IReadOnlyList{Token})"/>, over the tokens in place.</summary>
    public static List<Sentence> Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var first = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var last = i;
            var boundary = i + 1 == tokens.Length;
            if (!boundary)
            {
                var terminal = IsTerminal(text, tokens, i);
                if (terminal != Terminal.None)
                {
                    // Closing quotes and brackets after the stop belong to this sentence: `said." He`.
                    while (last + 1 < tokens.Length && IsCloser(text, tokens[last], tokens[last + 1]))
                    {
                        last++;
                    }

                    boundary = last + 1 == tokens.Length || StartsSentence(text, tokens[last + 1], terminal == Terminal.Weak)
                        || LineBreakBetween(text, tokens[last], tokens[last + 1]);
                }
                else
                {
                    boundary = LineBreakBetween(text, tokens[i], tokens[i + 1]) && !IsWrappedLine(text, tokens, i);
                }
            }

            if (boundary)
            {
                sentences.Add(new Sentence(new Span(tokens[first].Span.Start, tokens[last].Span.End), first, last + 1 - first));
                first = last + 1;
            }

            i = last + 1;
        }

        return sentences;
    }

    private enum Terminal { None, Strong, Weak }

    private static Terminal IsTerminal(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var span = tokens[i].Span;
        var last = text[span.End - 1];
        if (tokens[i].Kind == TokenKind.Punctuation)
        {
            return last is '.' or '!' or '?' or '…' or '‼' or '⁉' ? Terminal.Strong : Terminal.None;
        }

        // A word that kept its dot: "Dr." and "J." never end a sentence, "U.S." and "Inc." may.
        if (last != '.' || span.Length < 2)
        {
            return Terminal.None;
        }

        var word = span.SliceOf(text);
        if (Abbreviations.NeverEndsSentence(word) || (word.Length == 2 && char.IsUpper(word[0])))
        {
            return Terminal.None;
        }

        return Terminal.Weak;
    }

    // A straight quote closes only when glued to the stop (`said."`); after a space it opens the next sentence.
    private static bool IsCloser(string text, Token previous, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1)
        {
            return false;
        }

        var c = text[token.Span.Start];
        var glued = previous.Span.End == token.Span.Start;
        return c is '”' or '’' or ')' or ']' or '}' or '»' ? !LineBreakBetween(text, previous, token) : glued && c is '"' or '\'';
    }

    private static bool StartsSentence(string text, Token next, bool weak)
    {
        var c = text[next.Span.Start];
        if (!weak)
        {
            // After a real stop anything but a lower-case continuation starts a new sentence; a comma or semicolon
            // never does ("retired in Cambridge, Mass., said").
            return !char.IsLower(c) && c is not (',' or ';');
        }

        if (c is '"' or '“' or '‘' or '(' or '[' or '«')
        {
            return true;
        }

        return char.IsUpper(c) && StarterLookup.Contains(next.Span.SliceOf(text));
    }

    private static bool LineBreakBetween(string text, Token a, Token b) =>
        text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Contains('\n')
        || text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Contains('\r')
        || text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Contains('\u2029');

    // Hard-wrapped prose: a single line break inside a sentence (the line ends mid-clause, the next goes on in
    // lower case). A blank line always breaks.
    private static bool IsWrappedLine(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var gap = text.AsSpan(tokens[i].Span.End, tokens[i + 1].Span.Start - tokens[i].Span.End);
        var breaks = 0;
        foreach (var ch in gap)
        {
            if (ch == '\n')
            {
                breaks++;
            }
        }

        if (breaks > 1 || gap.Count('\r') > 1)
        {
            return false;
        }

        var next = text[tokens[i + 1].Span.Start];
        var previous = tokens[i].Kind;
        return char.IsLower(next) && previous is TokenKind.Word or TokenKind.Number
               || (next is not '"' and not '“' && text[tokens[i].Span.End - 1] == ',');
    }
}
