using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>The name lists a token sequence belongs to, keyed by the hash of its lower-cased tokens.</summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 4;

    /// <summary>List names, in bit order: the model file stores each entry's lists as these bits.</summary>
    public static readonly string[] Lists =
        ["country", "city", "region", "demonym", "given", "surname", "company", "club", "lower",
         "train-per", "train-org", "train-loc", "train-misc", "headline"];

    public const ushort Country = 1 << 0;

    public const ushort City = 1 << 1;

    public const ushort Region = 1 << 2;

    /// <summary>"Israeli", "Egyptian".</summary>
    public const ushort Demonym = 1 << 3;

    /// <summary>A given name common among US births.</summary>
    public const ushort GivenName = 1 << 4;

    public const ushort Surname = 1 << 5;

    public const ushort Company = 1 << 6;

    /// <summary>A football club.</summary>
    public const ushort Club = 1 << 7;

    /// <summary>The list of words mostly written in lower case ("offer", "rejects"): a capitalised one is a headline.</summary>
    public const ushort LowerCaseWord = 1 << 8;

    /// <summary>A name the training text tags as a person most of the times it names it.</summary>
    public const ushort TrainingPerson = 1 << 9;

    public const ushort TrainingOrganization = 1 << 10;

    public const ushort TrainingLocation = 1 << 11;

    public const ushort TrainingMisc = 1 << 12;

    /// <summary>
    /// Words seen only in lower case in the training text, with their inflections ("rejects", "guarantees"): in a
    /// Title Case headline such a word is not part of a name. Not a model feature (the recogniser never sees it).
    /// </summary>
    public const ushort HeadlineWord = 1 << 13;

    /// <summary>A country, a city or a region.</summary>
    public const ushort Places = Country | City | Region;

    /// <summary>A place or the adjective of a country ("Israeli").</summary>
    public const ushort PlacesOrDemonyms = Places | Demonym;

    /// <summary>
    /// On a token sequence that begins a longer entry ("new" of "new york"): the recogniser extends a match only
    /// while this is set, so most tokens cost one lookup instead of <see cref="MaxTokens"/>.
    /// </summary>
    public const ushort Continues = 1 << 14;

    private readonly Dictionary<ulong, ushort> _entries;
    private readonly HashTable _table;
    private readonly Dictionary<ulong, byte> _femaleShare;

    public Gazetteer(Dictionary<ulong, ushort> entries, Dictionary<ulong, byte> femaleShare)
    {
        _entries = entries;
        _table = new HashTable(entries);
        _femaleShare = femaleShare;
    }

    public static Gazetteer Empty { get; } = new([], []);

    public IReadOnlyDictionary<ulong, ushort> Entries => _entries;

    public IReadOnlyDictionary<ulong, byte> FemaleShares => _femaleShare;

    public static int ListIndex(string name) => Array.IndexOf(Lists, name);

    /// <summary>Hash of a token sequence: token hashes (lower-cased) chained in order.</summary>
    public static ulong Extend(ulong sequence, ulong tokenLower) => sequence == 0 ? tokenLower : FeatureHash.Combine(sequence, tokenLower);

    public ushort Lookup(ulong sequence) => _table.Get(sequence);

    /// <summary>The lists of one word, whatever its case.</summary>
    public ushort LookupWord(ReadOnlySpan<char> word) => _table.Get(FeatureHash.OfLower(word));

    /// <summary>The lists of the document's tokens [<paramref name="first"/>, <paramref name="end"/>) read as one entry.</summary>
    public ushort Lookup(TextDocument document, int first, int end)
    {
        ulong sequence = 0;
        for (var i = first; i < end; i++)
        {
            sequence = Extend(sequence, FeatureHash.OfLower(document.TokenChars(i)));
        }

        return _table.Get(sequence);
    }

    private WordTable? _words;

    /// <summary>
    /// One table for a word's name lists (low 16 bits, as <see cref="Lookup"/>) and its cluster code (high 16 bits,
    /// as <see cref="WordClusters.Of"/>): the recogniser needs both for every distinct word, and one probe misses
    /// the cache once where two probes missed it twice. Built on first use for these clusters.
    /// </summary>
    public HashTable WordsWith(WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var words = _words;
        if (words is null || !ReferenceEquals(words.Clusters, clusters))
        {
            var values = new Dictionary<ulong, uint>(_entries.Count + clusters.Entries.Count);
            foreach (var (key, lists) in _entries)
            {
                values[key] = lists;
            }

            foreach (var key in clusters.Entries.Keys)
            {
                values[key] = values.GetValueOrDefault(key) | ((uint)clusters.Of(key) << 16);
            }

            // A benign race: two threads may both build it; either table answers the same.
            words = new WordTable(clusters, new HashTable(values));
            _words = words;
        }

        return words.Table;
    }

    private sealed record WordTable(WordClusters Clusters, HashTable Table);

    /// <summary>Adds <paramref name="mask"/> to the entry of a token sequence (lower-cased token hashes), marking
    /// each shorter sequence it starts with as <see cref="Continues"/>.</summary>
    public static void Add(Dictionary<ulong, ushort> entries, ReadOnlySpan<ulong> tokens, ushort mask)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ulong sequence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            sequence = Extend(sequence, tokens[i]);
            var add = i == tokens.Length - 1 ? mask : Continues;
            entries[sequence] = (ushort)(entries.GetValueOrDefault(sequence) | add);
        }
    }

    /// <summary>Share of US births with this given name that were girls, 0..1; null when the name is not listed.</summary>
    public double? FemaleShare(ulong lowerHash) => _femaleShare.TryGetValue(lowerHash, out var b) ? b / 200.0 : null;
}
