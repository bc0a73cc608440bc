namespace NewsAnalysis.Analysis.Text;

/// <summary>An article's text with its tokens and sentences: what every later stage reads.</summary>
public sealed class TextDocument
{
    public TextDocument(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens as ReadOnlyArray<Token> ?? new ReadOnlyArray<Token>(tokens);
        Sentences = sentences as ReadOnlyArray<Sentence> ?? new ReadOnlyArray<Sentence>(sentences);
    }

    public string Text { get; }

    public ReadOnlyArray<Token> Tokens { get; }

    public ReadOnlyArray<Sentence> Sentences { get; }

    public string TokenText(int index) => Tokens[index].Span.Of(Text);

    public ReadOnlySpan<char> TokenChars(int index) => Tokens[index].Span.SliceOf(Text);

    /// <summary>The index of the sentence that holds <paramref name="token"/>; -1 when the text has no sentence.</summary>
    public int SentenceIndexOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Sentences.Count == 0 ? -1 : lo;
    }

    // Per thread, the list the tokenizer fills before the tokens are copied into the document's own array.
    [ThreadStatic]
    private static List<Token>? t_tokens;

    public static TextDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = t_tokens ??= new List<Token>(4096);
        list.Clear();
        list.EnsureCapacity(text.Length / 5 + 4);
        Tokenizer.Tokenize(text, list);
        var tokens = ReadOnlyArray<Token>.Own(list.ToArray());
        if (list.Capacity > 1 << 16)
        {
            t_tokens = null;    // a book-length text's list is not kept for the thread's lifetime
        }

        var sentences = ReadOnlyArray<Sentence>.Own(SentenceSplitter.Split(text, tokens.AsSpan()).ToArray());
        return new TextDocument(text, tokens, sentences);
    }
}
