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

    public ReadOnlyArray(IEnumerable<T> items) => _items = items.ToArray();    // a list is copied in one block

    private ReadOnlyArray(T[] items) => _items = items;

    /// <summary>Wraps an array the caller hands over and no longer changes.</summary>
    internal static ReadOnlyArray<T> Own(T[] items) => new(items);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>A struct enumerator: <c>foreach</c> over tokens and sentences makes no interface calls and no garbage.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
