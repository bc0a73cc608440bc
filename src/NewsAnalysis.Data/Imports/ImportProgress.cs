namespace NewsAnalysis.Data.Imports;

/// <summary>How far a batch has got: <see cref="Processed"/> of <see cref="Total"/> items have an outcome.</summary>
public sealed record ImportProgress(long BatchId, int Total, int Imported, int Duplicates, int Failed)
{
    /// <summary>False when processing stopped with items still pending (a time budget ran out, or another worker has them).</summary>
    public bool Finished { get; init; } = true;

    public int Processed => Imported + Duplicates + Failed;

    public double Fraction => Total == 0 ? 1 : (double)Processed / Total;
}
