namespace NewsAnalysis.Analysis;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Contains(int offset) => Start <= offset && offset < End;

    public string Of(string text) => text.Substring(Start, End - Start);

    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, End - Start);

    public static Span Cover(Span a, Span b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public override string ToString() => $"[{Start},{End})";
}
