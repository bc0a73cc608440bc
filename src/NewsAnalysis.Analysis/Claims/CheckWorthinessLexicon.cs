using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// What the check-worthiness model knows about single words beyond their spelling: a short static embedding
/// (principal components of all-MiniLM-L6-v2's input word embeddings, quantised to bytes), so a sentence about
/// "inflation" resembles one about "prices" the model saw. A sentence's averaged embedding enters the model through
/// per-dimension bins whose edges (quantiles over the training sentences) are stored here too. Keyed by the same
/// lower-case word hash as the n-gram features. Immutable.
/// </summary>
internal sealed class CheckWorthinessLexicon
{
    /// <summary>Bins per embedding dimension.</summary>
    public const int Bins = 8;

    private readonly uint[] _hashes;
    private readonly sbyte[] _vectors;
    private readonly float[] _edges;

    // Open addressing: each slot is the word hash (0 = empty) followed by its vector, so a lookup and the vector it
    // finds share a cache line (the scorer looks up every word of every sentence).
    private readonly byte[] _slots;
    private readonly int _stride;
    private readonly int _mask;

    /// <param name="hashes">Per row, the word's hash (<see cref="CheckWorthinessFeatures.WordHash"/>); repeats keep the first.</param>
    /// <param name="vectors">Per row, <paramref name="dims"/> quantised components (value = byte × <paramref name="scale"/>).</param>
    /// <param name="edges">Per dimension, <see cref="Bins"/> - 1 ascending bin edges of the sentence average (none: no bins).</param>
    public CheckWorthinessLexicon(uint[] hashes, int dims, sbyte[] vectors, float scale, float[] edges)
    {
        if (vectors.Length != hashes.Length * dims || (edges.Length != 0 && edges.Length != dims * (Bins - 1)))
        {
            throw new ArgumentException("lexicon tables do not match its rows");
        }

        if (dims > CheckWorthinessFeatures.MaxDims)
        {
            throw new ArgumentException("a lexicon holds at most 64 dimensions", nameof(dims));
        }

        _hashes = hashes;
        Dims = dims;
        _vectors = vectors;
        Scale = scale;
        _edges = edges;

        var capacity = 16;
        while (capacity < hashes.Length * 3 / 2)
        {
            capacity <<= 1;
        }

        _stride = sizeof(uint) + dims;
        _slots = new byte[capacity * _stride];
        _mask = capacity - 1;
        for (var row = 0; row < hashes.Length; row++)
        {
            var hash = hashes[row];
            var slot = Slot(hash);
            while (KeyAt(slot) != 0 && KeyAt(slot) != hash)
            {
                slot = (slot + 1) & _mask;
            }

            if (KeyAt(slot) == 0 && hash != 0)
            {
                var at = _slots.AsSpan(slot * _stride, _stride);
                MemoryMarshal.Write(at, hash);
                MemoryMarshal.AsBytes(vectors.AsSpan(row * dims, dims)).CopyTo(at[sizeof(uint)..]);
            }
        }
    }

    public static CheckWorthinessLexicon Empty { get; } = new([], 0, [], 0, []);

    public int Count => _hashes.Length;

    public int Dims { get; }

    public float Scale { get; }

    /// <summary>Whether the sentence average enters the model (bin edges are set).</summary>
    public bool HasBins => _edges.Length > 0;

    /// <summary>Adds the word's (quantised) vector to <paramref name="sum"/>; false when the word is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AddVector(uint wordHash, Span<short> sum)
    {
        var slot = Slot(wordHash);
        while (true)
        {
            var key = KeyAt(slot);
            if (key == wordHash && key != 0)
            {
                break;
            }

            if (key == 0)
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }

        var v = MemoryMarshal.Cast<byte, sbyte>(_slots.AsSpan((slot * _stride) + sizeof(uint), Dims));
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

        return true;
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
    public CheckWorthinessLexicon WithEdges(float[] edges) => new(_hashes, Dims, _vectors, Scale, edges);

    // The table indexes by the low bits: fold the high half of the word hash into them.
    private int Slot(uint hash) => (int)(hash ^ (hash >> 16)) & _mask;

    private uint KeyAt(int slot) => MemoryMarshal.Read<uint>(_slots.AsSpan(slot * _stride, sizeof(uint)));

    /// <summary>Counts, then whole tables (hashes, vectors, edges), so loading is a few block reads.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_hashes.Length);
        w.Write(Dims);
        w.Write(Scale);
        w.Write(_edges.Length);
        w.Write(MemoryMarshal.AsBytes(_hashes.AsSpan()));
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

        return new CheckWorthinessLexicon(
            BinaryBlocks.Read<uint>(r, count), dims, BinaryBlocks.Read<sbyte>(r, count * dims), scale, BinaryBlocks.Read<float>(r, edges));
    }
}
