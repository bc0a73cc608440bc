namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// A read-only map from 64-bit hashes (already well mixed) to 16-bit (or 32-bit) values: open addressing over one flat array,
/// so a lookup costs one cache line where a Dictionary costs two. The recogniser looks up every token several
/// times (name lists, clusters); in a Dictionary this was a third of its time.
/// </summary>
internal sealed class HashTable
{
    // Probing reads only the 16-bit tags (the key's top bits): an eighth of the memory of key-and-value slots,
    // so more of the table stays in cache; the full key is compared only when a tag matches.
    private readonly ushort[] _tags;
    private readonly ulong[] _keys;
    private readonly uint[] _values;
    private readonly int _mask;

    public HashTable(IReadOnlyDictionary<ulong, ushort> entries)
        : this(entries?.Select(e => KeyValuePair.Create(e.Key, (uint)e.Value)).ToList() ?? throw new ArgumentNullException(nameof(entries)))
    {
    }

    /// <summary>A table of 32-bit values: read them with <see cref="GetWide"/>.</summary>
    public HashTable(IReadOnlyCollection<KeyValuePair<ulong, uint>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity <<= 1;
        }

        _tags = new ushort[capacity];
        _keys = new ulong[capacity];
        _values = new uint[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            // Key 0 is never stored (a mixed hash is never 0 in practice): such a key is simply not found.
            if (key == 0)
            {
                continue;
            }

            var index = (int)key & _mask;
            while (_tags[index] != 0)
            {
                index = (index + 1) & _mask;
            }

            _tags[index] = Tag(key);
            _keys[index] = key;
            _values[index] = value;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or 0 when it is not in the table.</summary>
    public ushort Get(ulong key) => (ushort)GetWide(key);

    /// <summary>The 32-bit value of <paramref name="key"/>, or 0 when it is not in the table.</summary>
    public uint GetWide(ulong key)
    {
        var tags = _tags;
        var tag = Tag(key);
        var index = (int)key & _mask;
        while (true)
        {
            var t = tags[index];
            if (t == tag && _keys[index] == key)
            {
                return _values[index];
            }

            if (t == 0)
            {
                return 0;
            }

            index = (index + 1) & _mask;
        }
    }

    private static ushort Tag(ulong key) => (ushort)((key >> 48) | 1);
}
