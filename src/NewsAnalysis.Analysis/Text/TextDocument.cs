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

    // Read for nearly every token by every rule: inlined where it is called.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TokenChars(int index) => Tokens[index].Span.SliceOf(Text);

    // Per token, the answer of SentenceIndexOf, built on first use: the name and claim rules ask for the sentence of
    // nearly every mention, and a search per question cost more than one pass over the tokens.
    private int[]? _sentenceOfToken;

    /// <summary>The index of the sentence that holds <paramref name="token"/>; -1 when the text has no sentence.</summary>
    public int SentenceIndexOf(int token)
    {
        var table = _sentenceOfToken ??= SentenceOfEveryToken();
        return (uint)token < (uint)table.Length ? table[token] : SearchSentence(token);
    }

    // The search's answers for tokens 0..Count-1, in one pass when the sentences are in order (as the splitter
    // makes them); else an empty table, and every question is searched.
    private int[] SentenceOfEveryToken()
    {
        var sentences = Sentences;
        if (sentences.Count == 0)
        {
            return [];
        }

        for (var s = 1; s < sentences.Count; s++)
        {
            if (sentences[s].FirstToken < sentences[s - 1].FirstToken)
            {
                return [];
            }
        }

        var table = new int[Tokens.Count];
        var next = 1;
        for (var i = 0; i < table.Length; i++)
        {
            // The last sentence that starts at or before the token (the first one for tokens before it).
            while (next < sentences.Count && sentences[next].FirstToken <= i)
            {
                next++;
            }

            table[i] = next - 1;
        }

        return table;
    }

    /// <summary>
    /// The index of the last sentence that starts at or before character <paramref name="offset"/> (the first one for
    /// an offset before it); -1 when the text has no sentence.
    /// </summary>
    public int SentenceIndexAtOffset(int offset) => LastSentenceStartingBy(offset, characters: true);

    private int SearchSentence(int token) => LastSentenceStartingBy(token, characters: false);

    private int LastSentenceStartingBy(int position, bool characters)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if ((characters ? Sentences[mid].Span.Start : Sentences[mid].FirstToken) <= position)
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
