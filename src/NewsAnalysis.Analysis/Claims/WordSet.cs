using static NewsAnalysis.Analysis.Claims.Fnv1a;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>A case-insensitive set of words, looked up by span so scanning tokens allocates nothing.</summary>
internal sealed class WordSet
{
    private const int MaxFiltered = 24;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Per word, one bit for its length and first, second and last characters (ASCII, case folded): most tokens of
    // a text miss their bit and are rejected without hashing (ordinal-ignore-case hashing was a few per cent of the
    // engine; a first/last filter alone let most tokens of the big trigger list through). A length with a word
    // that has a character outside ASCII there is not filtered, nor is a token that has one.
    private const int SignatureLog = 14;
    private const int SignatureBits = 1 << SignatureLog;
    private Signatures _signatures;     // inline: one load from the set, not a second object to reach
    private uint _unfiltered;           // bit per length
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

            if (!Sampled(word, out var first, out var second, out var last))
            {
                _unfiltered |= 1u << word.Length;
                continue;
            }

            var bit = Signature(word.Length, first, second, last);
            _signatures[bit >> 6] |= 1UL << bit;
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

            _ascii[slot] = word.ToLowerInvariant();
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest)
        {
            return false;
        }

        if (word.Length is > 0 and <= MaxFiltered && (_unfiltered & (1u << word.Length)) == 0 && Sampled(word, out var first, out var second, out var last))
        {
            var bit = Signature(word.Length, first, second, last);
            if ((_signatures[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        if (_ascii is { } table && TryHashLowerAscii(word, out var hash))
        {
            var slot = (int)(hash & (uint)_mask);
            while (table[slot] is { } candidate)
            {
                if (candidate.Length == word.Length && EqualsLowerAscii(word, candidate))
                {
                    return true;
                }

                slot = (slot + 1) & _mask;
            }

            return false;
        }

        return _lookup.Contains(word);
    }

    // The first, second (the first again in a one-letter word) and last characters, upper-cased; false when one is
    // outside ASCII.
    private static bool Sampled(ReadOnlySpan<char> word, out int first, out int second, out int last)
    {
        first = Upper(word[0]);
        second = Upper(word[word.Length > 1 ? 1 : 0]);
        last = Upper(word[^1]);
        return (first | second | last) < 0x80;
    }

    private static int Signature(int length, int first, int second, int last)
    {
        var h = (uint)((((((length * 131) + first) * 131) + second) * 131) + last);
        return (int)((h * 0x9E3779B1u) >> (32 - SignatureLog));
    }

    // An ASCII token against a word stored ASCII-lower-cased: what the ordinal-ignore-case comparison answers for them.
    private static bool EqualsLowerAscii(ReadOnlySpan<char> word, string lower)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) != lower[k])
            {
                return false;
            }
        }

        return true;
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

    [System.Runtime.CompilerServices.InlineArray(SignatureBits / 64)]
    private struct Signatures
    {
        private ulong _element;
    }
}
