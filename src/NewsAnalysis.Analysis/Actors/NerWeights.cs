using System.Runtime.CompilerServices;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The pruned, 8-bit quantised feature → label-weights table of both passes: open addressing over 32-byte slots
/// holding a feature's weights for pass one and pass two, so a feature both passes share costs one cache line.
/// Each pass's weights of a feature share a power-of-two scale (the byte after them), so small and large weights
/// both keep 7 bits. Immutable after construction.
/// </summary>
internal sealed class NerWeights
{
    public const int MaxExponent = 15;
    public const int Passes = 2;
    public const int Columns = NerLabels.Count + 1;    // the weights, then the exponent

    private readonly Slot[] _slots;
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

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, weights) in entries)
        {
            var index = (int)key & _mask;
            var tag = Tag(key);
            while (_slots[index].Key != 0)
            {
                index = (index + 1) & _mask;
            }

            _slots[index].Key = tag;
            for (var c = 0; c < Passes * Columns; c++)
            {
                _slots[index].Weights[c] = weights[c];
            }
        }

        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>Adds the weights of every known feature to the scores of both passes.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> first, Span<int> second)
    {
        Span<int> found = stackalloc int[features.Length];
        var n = Find(features, found);
        foreach (var index in found[..n])
        {
            ref readonly var w = ref _slots[index].Weights;
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
        foreach (var index in found[..n])
        {
            ref readonly var w = ref _slots[index].Weights;
            int shift = w[offset + NerLabels.Count];
            for (var l = 0; l < NerLabels.Count; l++)
            {
                scores[l] += w[offset + l] << shift;
            }
        }
    }

    // The slots of the known features. Every home slot is touched first with independent loads, so the cache
    // misses overlap instead of queueing behind each other.
    private int Find(ReadOnlySpan<ulong> features, Span<int> found)
    {
        var slots = _slots;
        Span<uint> keys = stackalloc uint[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            var index = (int)features[k] & _mask;
            found[k] = index;
            keys[k] = slots[index].Key;
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
                key = slots[index].Key;
            }

            if (key == tag)
            {
                found[n++] = index;
            }
        }

        return n;
    }

    private static uint Tag(ulong key) => (uint)(key >> 32) | 1;

    [InlineArray(28)]
    private struct Row
    {
        private sbyte _element;
    }

    private struct Slot
    {
        public uint Key;
        public Row Weights;
    }
}
