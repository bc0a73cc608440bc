using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    private readonly uint[] _hashes;
    private readonly ushort[] _clusters;
    private readonly sbyte[] _vectors;
    private readonly float[] _edges;

    // Open addressing over word hashes (0 = empty slot) to 1 + row: one cache line per lookup, inlined into the scorer.
    private readonly uint[] _keys;
    private readonly ushort[] _values;
    private readonly int _mask;

    /// <param name="hashes">Per row, the word's hash (<see cref="CheckWorthinessFeatures.WordHash"/>), all different.</param>
    /// <param name="clusters">Per row, 1 + its cluster, or 0 for none.</param>
    /// <param name="vectors">Per row, <paramref name="dims"/> quantised components (value = byte × <paramref name="scale"/>).</param>
    /// <param name="edges">Per dimension, <see cref="Bins"/> - 1 ascending bin edges of the sentence average (none: no bins).</param>
    public CheckWorthinessLexicon(uint[] hashes, ushort[] clusters, int dims, sbyte[] vectors, float scale, float[] edges)
    {
        if (clusters.Length != hashes.Length || vectors.Length != hashes.Length * dims || (edges.Length != 0 && edges.Length != dims * (Bins - 1)))
        {
            throw new ArgumentException("lexicon tables do not match its rows");
        }

        if (hashes.Length >= ushort.MaxValue || dims > CheckWorthinessFeatures.MaxDims)
        {
            throw new ArgumentException("a lexicon holds fewer than 65,535 words of at most 64 dimensions", nameof(hashes));
        }

        _hashes = hashes;
        _clusters = clusters;
        Dims = dims;
        _vectors = vectors;
        Scale = scale;
        _edges = edges;

        var capacity = 16;
        while (capacity < hashes.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new uint[capacity];
        _values = new ushort[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < hashes.Length; row++)
        {
            var slot = Slot(hashes[row]);
            while (_keys[slot] != 0 && _keys[slot] != hashes[row])
            {
                slot = (slot + 1) & _mask;
            }

            if (_keys[slot] == 0 && hashes[row] != 0)
            {
                _keys[slot] = hashes[row];
                _values[slot] = (ushort)(row + 1);
            }
        }
    }

    public static CheckWorthinessLexicon Empty { get; } = new([], [], 0, [], 0, []);

    public int Count => _hashes.Length;

    public int Dims { get; }

    public float Scale { get; }

    /// <summary>Whether the sentence average enters the model (bin edges are set).</summary>
    public bool HasBins => _edges.Length > 0;

    /// <summary>The row of a word hash, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint wordHash)
    {
        var slot = Slot(wordHash);
        while (true)
        {
            var key = _keys[slot];
            if (key == wordHash)
            {
                return _values[slot] - 1;
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public ushort ClusterOf(int row) => _clusters[row];

    /// <summary>Adds the word's (quantised) vector to <paramref name="sum"/>, sixteen components at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddVector(int row, Span<short> sum)
    {
        var v = _vectors.AsSpan(row * Dims, Dims);
        var k = 0;
        for (; k + 16 <= v.Length; k += 16)
        {
            var (lower, upper) = Vector128.Widen(Vector128.Create<sbyte>(v.Slice(k, 16)));
            (Vector128.Create<short>(sum.Slice(k, 8)) + lower).CopyTo(sum.Slice(k, 8));
            (Vector128.Create<short>(sum.Slice(k + 8, 8)) + upper).CopyTo(sum.Slice(k + 8, 8));
        }

        for (; k < v.Length; k++)
        {
            sum[k] += v[k];
        }
    }

    /// <summary>The bin 0..<see cref="Bins"/>-1 of <paramref name="value"/> (in byte units) in dimension <paramref name="dim"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BinOf(int dim, float value)
    {
        // Edges ascend, so the bin is how many lie at or below the value; counted without branches.
        var edges = _edges.AsSpan(dim * (Bins - 1), Bins - 1);
        var bin = 0;
        foreach (var edge in edges)
        {
            bin += value >= edge ? 1 : 0;
        }

        return bin;
    }

    /// <summary>The same words with new bin edges.</summary>
    public CheckWorthinessLexicon WithEdges(float[] edges) => new(_hashes, _clusters, Dims, _vectors, Scale, edges);

    // The table indexes by the low bits: fold the high half of the word hash into them.
    private int Slot(uint hash) => (int)(hash ^ (hash >> 16)) & _mask;

    /// <summary>Counts, then whole tables (hashes, clusters, vectors, edges), so loading is a few block reads.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_hashes.Length);
        w.Write(Dims);
        w.Write(Scale);
        w.Write(_edges.Length);
        w.Write(MemoryMarshal.AsBytes(_hashes.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_clusters.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_vectors.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_edges.AsSpan()));
    }

    public static CheckWorthinessLexicon Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        var dims = r.ReadInt32();
        var scale = r.ReadSingle();
        var edges = r.ReadInt32();
        if (count < 0 || dims < 0 || edges < 0)
        {
            throw new InvalidDataException("corrupt check-worthiness lexicon");
        }

        return new CheckWorthinessLexicon(Block<uint>(r, count), Block<ushort>(r, count), dims, Block<sbyte>(r, count * dims), scale, Block<float>(r, edges));
    }

    // Little-endian, as written (every platform .NET runs this on).
    private static T[] Block<T>(BinaryReader r, int count)
        where T : struct
    {
        var result = new T[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }
}
