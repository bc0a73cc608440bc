namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The distinct lower-cased words a thread's documents met, by hash, with their name lists and cluster code
/// (<see cref="Gazetteer.WordsWith"/>) and their dense number in the current document. Kept from document to
/// document, so a word the thread met before costs one probe of this small table where it cost a dictionary
/// insert and a probe of the much larger, cache-missing table of every known word.
/// </summary>
internal sealed class NerWordIds
{
    private const int MaxKept = 1 << 15;    // words remembered across documents; beyond this the next document starts afresh

    private Slot[] _slots = new Slot[256];
    private int _count;
    private int _document;
    private int _next;
    private HashTable? _words;

    /// <summary>Starts a document whose words are looked up in <paramref name="words"/>.</summary>
    public void Begin(HashTable words)
    {
        if (!ReferenceEquals(words, _words) || _count > MaxKept || _document == int.MaxValue)
        {
            Array.Clear(_slots);
            _count = 0;
            _document = 0;
            _words = words;
        }

        _document++;
        _next = 0;
    }

    /// <summary>The word's number in this document (0, 1, ... in order of first use) and its lists and cluster code
    /// (<see cref="HashTable.GetWide"/> of the words table).</summary>
    public int IdOf(ulong lower, out uint both, out bool first)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)lower & mask;
        while (slots[index].Document != 0 && slots[index].Key != lower)
        {
            index = (index + 1) & mask;
        }

        ref var slot = ref slots[index];
        if (slot.Document == _document)
        {
            both = slot.Both;
            first = false;
            return slot.Id;
        }

        if (slot.Document == 0)
        {
            slot.Key = lower;
            slot.Both = _words!.GetWide(lower);
            _count++;
        }

        slot.Document = _document;
        slot.Id = _next++;
        both = slot.Both;
        first = true;
        var id = slot.Id;
        if (_count * 2 > slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Document == 0)
            {
                continue;
            }

            var index = (int)slot.Key & mask;
            while (slots[index].Document != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = slot;
        }

        _slots = slots;
    }

    // Document 0: an empty slot (documents count from 1), so any key, 0 too, can be stored.
    private struct Slot
    {
        public ulong Key;
        public uint Both;
        public int Document;
        public int Id;
    }
}
