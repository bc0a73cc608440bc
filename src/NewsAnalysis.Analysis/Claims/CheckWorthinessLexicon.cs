namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// What the check-worthiness model knows about single words beyond their spelling: a word cluster and a short
/// static embedding (principal components of all-MiniLM-L6-v2's input word embeddings, quantised to bytes), so a
/// sentence about "inflation" resembles one about "prices" the model saw. A sentence's averaged embedding enters the
/// model through per-dimension bins whose edges (quantiles over the training sentences) are stored here too.
/// Keyed by the same lower-case word hash as the n-gram features. Immutable.
/// </summary>
internal sealed class CheckWorthinessLexicon
{
    /// <summary>Bins per embedding dimension.</summary>
    public const int Bins = 8;

    private readonly Dictionary<uint, int> _rows;
    private readonly ushort[] _clusters;
    private readonly sbyte[] _vectors;
    private readonly float[] _edges;

    /// <param name="rows">Word hash → row.</param>
    /// <param name="clusters">Per row, 1 + its cluster, or 0 for none.</param>
    /// <param name="vectors">Per row, <paramref name="dims"/> quantised components (value = byte × <paramref name="scale"/>).</param>
    /// <param name="edges">Per dimension, <see cref="Bins"/> - 1 ascending bin edges of the sentence average (none: no bins).</param>
    public CheckWorthinessLexicon(Dictionary<uint, int> rows, ushort[] clusters, int dims, sbyte[] vectors, float scale, float[] edges)
    {
        if (clusters.Length != rows.Count || vectors.Length != rows.Count * dims || (edges.Length != 0 && edges.Length != dims * (Bins - 1)))
        {
            throw new ArgumentException("lexicon tables do not match its rows");
        }

        _rows = rows;
        _clusters = clusters;
        Dims = dims;
        _vectors = vectors;
        Scale = scale;
        _edges = edges;
    }

    public static CheckWorthinessLexicon Empty { get; } = new([], [], 0, [], 0, []);

    public int Count => _rows.Count;

    public int Dims { get; }

    public float Scale { get; }

    /// <summary>Whether the sentence average enters the model (bin edges are set).</summary>
    public bool HasBins => _edges.Length > 0;

    /// <summary>The row of a word hash, or -1.</summary>
    public int RowOf(uint wordHash) => _rows.TryGetValue(wordHash, out var row) ? row : -1;

    public ushort ClusterOf(int row) => _clusters[row];

    /// <summary>Adds the word's (quantised) vector to <paramref name="sum"/>.</summary>
    public void AddVector(int row, Span<float> sum)
    {
        var v = _vectors.AsSpan(row * Dims, Dims);
        for (var k = 0; k < v.Length; k++)
        {
            sum[k] += v[k];
        }
    }

    /// <summary>The bin 0..<see cref="Bins"/>-1 of <paramref name="value"/> (in byte units) in dimension <paramref name="dim"/>.</summary>
    public int BinOf(int dim, float value)
    {
        var edges = _edges.AsSpan(dim * (Bins - 1), Bins - 1);
        var bin = 0;
        while (bin < edges.Length && value >= edges[bin])
        {
            bin++;
        }

        return bin;
    }

    /// <summary>The same words with new bin edges.</summary>
    public CheckWorthinessLexicon WithEdges(float[] edges) => new(_rows, _clusters, Dims, _vectors, Scale, edges);

    public void Write(BinaryWriter w)
    {
        w.Write(_rows.Count);
        w.Write(Dims);
        w.Write(Scale);
        foreach (var (hash, row) in _rows.OrderBy(e => e.Value))
        {
            w.Write(hash);
            w.Write(_clusters[row]);
        }

        foreach (var b in _vectors)
        {
            w.Write(b);
        }

        w.Write(_edges.Length);
        foreach (var e in _edges)
        {
            w.Write(e);
        }
    }

    public static CheckWorthinessLexicon Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        var dims = r.ReadInt32();
        var scale = r.ReadSingle();
        var rows = new Dictionary<uint, int>(count);
        var clusters = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            rows.Add(r.ReadUInt32(), i);
            clusters[i] = r.ReadUInt16();
        }

        var vectors = new sbyte[count * dims];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = r.ReadSByte();
        }

        var edges = new float[r.ReadInt32()];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = r.ReadSingle();
        }

        return new CheckWorthinessLexicon(rows, clusters, dims, vectors, scale, edges);
    }
}
