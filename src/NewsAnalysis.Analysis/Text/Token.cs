namespace NewsAnalysis.Analysis.Text;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token of the article's text; its characters are <c>Span.Of(text)</c>.</summary>
public readonly record struct Token(Span Span, TokenKind Kind);

/// <summary>A sentence: its character span and the tokens [FirstToken, FirstToken + TokenCount) it holds.</summary>
public readonly record struct Sentence(Span Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
