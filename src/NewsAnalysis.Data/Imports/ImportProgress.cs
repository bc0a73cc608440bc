namespace NewsAnalysis.Data.Imports;

/// <summary>How far a batch has got: <see cref="Processed"/> of <see cref="Total"/> items have an outcome.</summary>
public sealed record ImportProgress(long BatchId, int Total, int Imported, int Duplicates, int Failed)
{
    public int Processed => Imported + Duplicates + Failed;

    public double Fraction => Total == 0 ? 1 : (double)Processed / Total;
}
