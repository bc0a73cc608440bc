namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Word clusters (from the word embeddings of all-MiniLM-L6-v2, built by <c>train ner-clusters</c>): words used
/// alike share a cluster, so a name the model never saw looks like names it did. Keyed by the lower-case hash of
/// the word; a word not in the table takes the cluster of its longest known prefix (its first word piece),
/// marked apart. Immutable.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>Fine clusters per coarse cluster.</summary>
    public const int Split = 4;

    /// <summary>Fine clusters; codes of prefix matches are offset by this.</summary>
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

    /// <summary>0 for no cluster; 1..Fine for a known word; Fine+1..2·Fine for a word known by its first piece.</summary>
    public ushort Of(ReadOnlySpan<char> chars, ulong lowerHash)
    {
        if (_fine.Count == 0)
        {
            return 0;
        }

        var code = _codes.Get(lowerHash);
        if (code != 0)
        {
            return code;
        }

        if (chars.Length < 3 || !char.IsLetter(chars[0]))
        {
            return 0;
        }

        // The state of FNV after k characters is the hash of the k-character prefix.
        var h = FeatureHash.Offset;
        var best = 0;
        for (var k = 0; k < chars.Length - 1; k++)
        {
            h = (h ^ FeatureHash.NormalizeChar(chars[k])) * FeatureHash.Prime;
            if (k >= 1 && _codes.Get(FeatureHash.Mix(h)) is var prefix and not 0)
            {
                best = prefix + Fine;
            }
        }

        return (ushort)best;
    }

    /// <summary>The coarse code of a fine code (same 0 / known / prefix ranges, a quarter as many).</summary>
    public static ushort Coarse(ushort code) =>
        code == 0 ? (ushort)0 : (ushort)(((code - 1) % Fine / Split) + 1 + (code > Fine ? Fine : 0));
}
