namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Word clusters (from the word embeddings of all-MiniLM-L6-v2, built by <c>train ner-clusters</c>): words used
/// alike share a cluster, so a name the model never saw looks like names it did. Keyed by the lower-case hash of
/// the word. (The cluster of an unknown word's first word piece added nothing on CoNLL dev, so there is none.)
/// Immutable.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>Fine clusters per coarse cluster.</summary>
    public const int Split = 4;

    /// <summary>Number of fine clusters.</summary>
    public const int Fine = 1024;

    private readonly Dictionary<ulong, ushort> _fine;
    private readonly HashTable _codes;

    /// <param name="fine">Lower-case word hash → fine cluster 0..<see cref="Fine"/>-1.</param>
    public WordClusters(Dictionary<ulong, ushort> fine)
    {
        _fine = fine;
        _codes = new HashTable(fine.ToDictionary(e => e.Key, e => (ushort)(e.Value + 1)));
    }

    public static WordClusters Empty { get; } = new([]);

    public IReadOnlyDictionary<ulong, ushort> Entries => _fine;

    /// <summary>0 for no cluster, else 1 + the fine cluster of the word.</summary>
    public ushort Of(ulong lowerHash) => _codes.Get(lowerHash);

    /// <summary>The coarse code of a fine code (0 stays 0).</summary>
    public static ushort Coarse(ushort code) => code == 0 ? (ushort)0 : (ushort)(((code - 1) / Split) + 1);
}
