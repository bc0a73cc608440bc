namespace NewsAnalysis.Analysis.Figures;

/// <summary>A figure while it is being read: pieces [First, End) hold the number and its unit.</summary>
internal struct FigureCandidate
{
    public int First;
    public int End;

    /// <summary>The first piece of the qualifier written before the number, or -1.</summary>
    public int QualifierFirst;

    /// <summary>One past the last piece of a qualifier written after it ("or more"), else End.</summary>
    public int QualifierEnd;

    public double Value;

    /// <summary>The number before any scale word ("5" in "5 million"), to share a scale across a range.</summary>
    public double Written;

    public double Multiplier;
    public string? Unit;
    public UnitKind? UnitKind;
    public string? Qualifier;
    public string? Measure;

    public readonly int SpanFirst => QualifierFirst >= 0 ? QualifierFirst : First;

    public readonly int SpanEnd => Math.Max(End, QualifierEnd);
}
