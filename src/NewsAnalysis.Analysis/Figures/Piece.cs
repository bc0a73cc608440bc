namespace NewsAnalysis.Analysis.Figures;

internal enum PieceKind : byte { Word, Digits, Symbol }

/// <summary>
/// A word, a run of digits (with its thousands separators and decimal part) or one other character: the figures
/// stage reads the raw text through these, so it does not depend on how the shared tokenizer splits numbers.
/// </summary>
internal readonly record struct Piece(int Start, int End, PieceKind Kind)
{
    public int Length => End - Start;
}
