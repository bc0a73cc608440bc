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
