using System.Collections;

namespace NewsAnalysis.Analysis.Text;

/// <summary>
/// An immutable list over an array. A document's tokens are read millions of times per megabyte; through this
/// sealed type the indexer is a direct, inlined array read instead of an interface call (the command line runs
/// without tiered compilation, so nothing would devirtualise <see cref="IReadOnlyList{T}"/> calls for us).
/// </summary>
public sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    public ReadOnlyArray(IEnumerable<T> items) => _items = [.. items];

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
