using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The weights of the label-history features that depend on the two previous labels alone, per pass, read once
/// from <see cref="NerWeights"/> into a table: the beam asks for them for every kept sequence at every word.
/// </summary>
internal sealed class NerTransitions
{
    private const int Histories = NerLabels.Count + 1;    // the labels and NerFeatures.Start

    private readonly int[] _table = new int[NerWeights.Passes * Histories * Histories * NerLabels.Count];

    public NerTransitions(NerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Span<ulong> features = stackalloc ulong[2];
        for (var pass = 0; pass < NerWeights.Passes; pass++)
        {
            for (var y1 = 0; y1 < Histories; y1++)
            {
                for (var y2 = 0; y2 < Histories; y2++)
                {
                    NerFeatures.ExtractTransition(y1, y2, features);
                    weights.Score(features, _table.AsSpan(Offset(pass, y1, y2), NerLabels.Count), pass);
                }
            }
        }
    }

    /// <summary>Adds the transition weights of pass <paramref name="pass"/> after labels y2, y1.</summary>
    public void Add(int pass, int y1, int y2, Span<int> scores)
    {
        AddRow(_table.AsSpan(Offset(pass, y1, y2), NerLabels.Count), scores);
    }

    /// <summary>Adds a row of label weights to the scores.</summary>
    public static void AddRow(ReadOnlySpan<int> row, Span<int> scores)
    {
        if (Vector256.IsHardwareAccelerated && row.Length == 17 && scores.Length >= 17)
        {
            ref var r = ref MemoryMarshal.GetReference(row);
            ref var s = ref MemoryMarshal.GetReference(scores);
            (Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref r)).StoreUnsafe(ref s);
            (Vector256.LoadUnsafe(ref s, 8) + Vector256.LoadUnsafe(ref r, 8)).StoreUnsafe(ref s, 8);
            scores[16] += row[16];
            return;
        }

        for (var l = 0; l < row.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    private static int Offset(int pass, int y1, int y2) => ((pass * Histories + y1) * Histories + y2) * NerLabels.Count;
}
