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

    public static TextDocument Parse(string text)
    {
        var tokens = ReadOnlyArray<Token>.Own(Tokenizer.Tokenize(text).ToArray());
        var sentences = ReadOnlyArray<Sentence>.Own(SentenceSplitter.Split(text, tokens.AsSpan()).ToArray());
        return new TextDocument(text, tokens, sentences);
    }
}
