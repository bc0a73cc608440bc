using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The pruned, 8-bit quantised feature → label-weights table of both passes: open addressing over 32-bit key tags, with
/// each feature's weights for pass one and pass two in a parallel array: most probes are for features the model
/// does not know, and the 1 MB of tags stays in cache where 40-byte slots would not.
/// Each pass's weights of a feature share a power-of-two scale (the byte after them), so small and large weights
/// both keep 7 bits. Immutable after construction.
/// </summary>
internal sealed class NerWeights
{
    public const int MaxExponent = 15;
    public const int Passes = 2;
    public const int Columns = NerLabels.Count + 1;    // the weights, then the exponent
    private const int Window = 8;

    private readonly uint[] _keys;
    private readonly Row[] _rows;
    private readonly int _mask;

    /// <param name="entries">Per feature, <see cref="Passes"/> × <see cref="Columns"/> values.</param>
    public NerWeights(IReadOnlyList<(ulong Key, sbyte[] Weights)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var capacity = 16;
        while (capacity * 7 < entries.Count * 10)
        {
            capacity <<= 1;
        }

        // Eight spare tags after the last slot repeat the first eight, so eight slots from any index are one load.
        _keys = new uint[capacity + Window];
        _rows = new Row[capacity];
        _mask = capacity - 1;
        foreach (var (key, weights) in entries)
        {
            var index = (int)key & _mask;
            var tag = Tag(key);
            while (_keys[index] != 0)
            {
                index = (index + 1) & _mask;
            }

            _keys[index] = tag;
            for (var c = 0; c < Passes * Columns; c++)
            {
                _rows[index][c] = weights[c];
            }
        }

        _keys.AsSpan(0, Window).CopyTo(_keys.AsSpan(capacity));
        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>Adds the weights of every known feature to the scores of both passes.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> first, Span<int> second)
    {
        Span<int> found = stackalloc int[features.Length];
        var n = Find(features, found);
        if (Avx2.IsSupported)
        {
            AddBoth(found[..n], first, second);
            return;
        }

        foreach (var index in found[..n])
        {
            ref readonly var w = ref _rows[index];
            int shift1 = w[NerLabels.Count], shift2 = w[Columns + NerLabels.Count];
            for (var l = 0; l < NerLabels.Count; l++)
            {
                first[l] += w[l] << shift1;
                second[l] += w[Columns + l] << shift2;
            }
        }
    }

    /// <summary>Adds the weights of one pass (0 or 1) of every known feature.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores, int pass)
    {
        Span<int> found = stackalloc int[features.Length];
        var n = Find(features, found);
        var offset = pass * Columns;
        if (Avx2.IsSupported)
        {
            Add(found[..n], offset, scores);
            return;
        }

        foreach (var index in found[..n])
        {
            ref readonly var w = ref _rows[index];
            int shift = w[offset + NerLabels.Count];
            for (var l = 0; l < NerLabels.Count; l++)
            {
                scores[l] += w[offset + l] << shift;
            }
        }
    }

    // Eight labels at a time: eight weights widened to 32 bits, shifted by the feature's exponent, summed in
    // registers; the seventeenth label alone.
    private void Add(ReadOnlySpan<int> found, int offset, Span<int> scores)
    {
        var low = Vector256<int>.Zero;
        var high = Vector256<int>.Zero;
        var last = 0;
        foreach (var index in found)
        {
            ref var w = ref Unsafe.Add(ref Unsafe.As<Row, sbyte>(ref _rows[index]), offset);
            int shift = Unsafe.Add(ref w, NerLabels.Count);
            low += Avx2.ConvertToVector256Int32(Eight(ref w)) << shift;
            high += Avx2.ConvertToVector256Int32(Eight(ref Unsafe.Add(ref w, 8))) << shift;
            last += Unsafe.Add(ref w, 16) << shift;
        }

        ref var s = ref MemoryMarshal.GetReference(scores);
        (Vector256.LoadUnsafe(ref s) + low).StoreUnsafe(ref s);
        (Vector256.LoadUnsafe(ref s, 8) + high).StoreUnsafe(ref s, 8);
        scores[16] += last;
    }

    // Both passes from one read of each row (integer sums: the order does not change them).
    private void AddBoth(ReadOnlySpan<int> found, Span<int> first, Span<int> second)
    {
        var low1 = Vector256<int>.Zero;
        var high1 = Vector256<int>.Zero;
        var low2 = Vector256<int>.Zero;
        var high2 = Vector256<int>.Zero;
        int last1 = 0, last2 = 0;
        foreach (var index in found)
        {
            ref var w = ref Unsafe.As<Row, sbyte>(ref _rows[index]);
            ref var v = ref Unsafe.Add(ref w, Columns);
            int shift1 = Unsafe.Add(ref w, NerLabels.Count);
            int shift2 = Unsafe.Add(ref v, NerLabels.Count);
            low1 += Avx2.ConvertToVector256Int32(Eight(ref w)) << shift1;
            high1 += Avx2.ConvertToVector256Int32(Eight(ref Unsafe.Add(ref w, 8))) << shift1;
            last1 += Unsafe.Add(ref w, 16) << shift1;
            low2 += Avx2.ConvertToVector256Int32(Eight(ref v)) << shift2;
            high2 += Avx2.ConvertToVector256Int32(Eight(ref Unsafe.Add(ref v, 8))) << shift2;
            last2 += Unsafe.Add(ref v, 16) << shift2;
        }

        ref var s = ref MemoryMarshal.GetReference(first);
        (Vector256.LoadUnsafe(ref s) + low1).StoreUnsafe(ref s);
        (Vector256.LoadUnsafe(ref s, 8) + high1).StoreUnsafe(ref s, 8);
        first[16] += last1;
        ref var t = ref MemoryMarshal.GetReference(second);
        (Vector256.LoadUnsafe(ref t) + low2).StoreUnsafe(ref t);
        (Vector256.LoadUnsafe(ref t, 8) + high2).StoreUnsafe(ref t, 8);
        second[16] += last2;
    }

    private static Vector128<sbyte> Eight(ref sbyte w) =>
        Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<sbyte, byte>(ref w))).AsSByte();

    // The slots of the known features. Every home slot is touched first with independent loads, so the cache
    // misses overlap instead of queueing behind each other.
    private int Find(ReadOnlySpan<ulong> features, Span<int> found)
    {
        var slots = _keys;
        Span<uint> keys = stackalloc uint[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            var index = (int)features[k] & _mask;
            found[k] = index;
            keys[k] = slots[index];
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return FindWide(features, found);
        }

        var n = 0;
        for (var k = 0; k < features.Length; k++)
        {
            var tag = Tag(features[k]);
            var index = found[k];
            var key = keys[k];
            while (key != tag && key != 0)
            {
                index = (index + 1) & _mask;
                key = slots[index];
            }

            if (key == tag)
            {
                found[n++] = index;
            }
        }

        return n;
    }

    // The probe of Find, eight slots at a time: the first slot in the run that holds the tag or is empty is where a
    // one-by-one probe would stop. Most features are unknown and probe several slots; the one-by-one loop's exit
    // branch was mispredicted on most of them.
    private int FindWide(ReadOnlySpan<ulong> features, Span<int> found)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_keys);
        var n = 0;
        for (var k = 0; k < features.Length; k++)
        {
            var tag = Tag(features[k]);
            var want = Vector256.Create(tag);
            var index = found[k];
            while (true)
            {
                var run = Vector256.LoadUnsafe(ref slots, (nuint)index);
                var stops = (Vector256.Equals(run, want) | Vector256.Equals(run, Vector256<uint>.Zero)).ExtractMostSignificantBits();
                if (stops != 0)
                {
                    var slot = (index + BitOperations.TrailingZeroCount(stops)) & _mask;
                    found[n] = slot;    // n <= k: found[k] is read already
                    n += Unsafe.Add(ref slots, slot) == tag ? 1 : 0;
                    break;
                }

                index = (index + Window) & _mask;
            }
        }

        return n;
    }

    private static uint Tag(ulong key) => (uint)(key >> 32) | 1;

    [InlineArray(Passes * Columns)]
    private struct Row
    {
        private sbyte _element;
    }
}
