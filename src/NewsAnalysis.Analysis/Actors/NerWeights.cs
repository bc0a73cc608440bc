using System.Runtime.CompilerServices;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// A pruned, 8-bit quantised feature → label-weights table: open addressing over 16-byte slots, so a feature
/// costs one cache line. Each feature's weights share a power-of-two scale (its last byte), so small and large
/// weights both keep 7 bits. Immutable after construction.
/// </summary>
internal sealed class NerWeights
{
    public const int MaxExponent = 15;

    private readonly Slot[] _slots;
    private readonly int _mask;

    public NerWeights(IReadOnlyList<(ulong Key, sbyte[] Weights)> entries, float scale)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Scale = scale;
        var capacity = 16;
        while (capacity < entries.Count * 2)
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
            for (var l = 0; l <= NerLabels.Count; l++)
            {
                _slots[index].Weights[l] = weights[l];
            }
        }

        Count = entries.Count;
    }

    public float Scale { get; }

    public int Count { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (NerLabels.Count ints).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var slots = _slots;
        foreach (var key in features)
        {
            var index = (int)key & _mask;
            var tag = Tag(key);
            while (true)
            {
                ref readonly var slot = ref slots[index];
                if (slot.Key == tag)
                {
                    var shift = slot.Weights[NerLabels.Count];
                    for (var l = 0; l < NerLabels.Count; l++)
                    {
                        scores[l] += slot.Weights[l] << shift;
                    }

                    break;
                }

                if (slot.Key == 0)
                {
                    break;
                }

                index = (index + 1) & _mask;
            }
        }
    }

    private static uint Tag(ulong key) => (uint)(key >> 32) | 1;

    [InlineArray(12)]
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
