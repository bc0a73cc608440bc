using static NewsAnalysis.Analysis.Claims.Fnv1a;

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

    // The ASCII words lower-cased in an open-addressing table under a cheap hash: an ASCII token (nearly every one)
    // is looked up here without the ordinal-ignore-case comparer's hashing and interface calls. Null when a word
    // has a character outside ASCII that equals an ASCII one ignoring case, which only the comparer knows.
    private readonly string?[]? _ascii;
    private readonly int _mask;

    public WordSet(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
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

        if (set.Any(MatchesAsciiOutsideAscii))
        {
            return;
        }

        var capacity = 16;
        while (capacity < set.Count * 2)
        {
            capacity <<= 1;
        }

        _ascii = new string?[capacity];
        _mask = capacity - 1;
        foreach (var word in set)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                continue;
            }

            var slot = (int)(HashLower(word) & (uint)_mask);
            while (_ascii[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _ascii[slot] = word;
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

        if (_ascii is { } table && TryHashLowerAscii(word, out var hash))
        {
            var slot = (int)(hash & (uint)_mask);
            while (table[slot] is { } candidate)
            {
                if (candidate.Length == word.Length && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                slot = (slot + 1) & _mask;
            }

            return false;
        }

        return _lookup.Contains(word);
    }

    private static int Upper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? c - 0x20 : c;

    // FNV-1a over the ASCII-lower-cased characters (only called on ASCII text).
    private static uint HashLower(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word)
        {
            h = (h ^ ((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c)) * Prime;
        }

        return h;
    }

    // HashLower of an ASCII token; false (no hash) when the token has a character outside ASCII.
    private static bool TryHashLowerAscii(ReadOnlySpan<char> word, out uint hash)
    {
        var h = Offset;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                hash = 0;
                return false;
            }

            h = (h ^ ((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c)) * Prime;
        }

        hash = h;
        return true;
    }

    // Whether a word outside ASCII could equal an ASCII token ignoring case (a character of it equals an ASCII one).
    private static bool MatchesAsciiOutsideAscii(string word)
    {
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                continue;
            }

            for (var a = '\0'; a < 0x80; a++)
            {
                if (string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
