namespace NewsAnalysis.Analysis.Claims;

/// <summary>A case-insensitive set of words, looked up by span so scanning tokens allocates nothing.</summary>
internal sealed class WordSet
{
    private const int MaxFiltered = 24;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Per word length, which ASCII characters (upper-cased) the words start and end with: most tokens of a text
    // fail this without hashing (ordinal-ignore-case hashing was a few per cent of the engine). A length with a
    // word that starts or ends outside ASCII is not filtered, nor is a token that does.
    private readonly bool[] _starts = new bool[(MaxFiltered + 1) * 128];
    private readonly bool[] _ends = new bool[(MaxFiltered + 1) * 128];
    private readonly bool[] _unfiltered = new bool[MaxFiltered + 1];
    private readonly int _longest;

    public WordSet(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _lookup = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            _longest = Math.Max(_longest, word.Length);
            if (word.Length is 0 or > MaxFiltered)
            {
                continue;
            }

            if (word[0] >= 0x80 || word[^1] >= 0x80)
            {
                _unfiltered[word.Length] = true;
                continue;
            }

            _starts[(word.Length * 128) + Upper(word[0])] = true;
            _ends[(word.Length * 128) + Upper(word[^1])] = true;
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest)
        {
            return false;
        }

        if (word.Length is > 0 and <= MaxFiltered && !_unfiltered[word.Length])
        {
            var first = word[0];
            var last = word[^1];
            if ((first < 0x80 && !_starts[(word.Length * 128) + Upper(first)])
                || (last < 0x80 && !_ends[(word.Length * 128) + Upper(last)]))
            {
                return false;
            }
        }

        return _lookup.Contains(word);
    }

    private static int Upper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? c - 0x20 : c;
}
