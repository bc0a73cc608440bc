using System.Runtime.CompilerServices;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>64-bit hashing of characters and feature parts, so features never become strings.</summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }

    // One multiply and one shift (Mix costs two of each and three shifts): the recogniser combines some sixty
    // feature parts per token, and the tables it probes take their index from the low bits and their tag from
    // the high bits, which the final shift mixes into each other.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b)
    {
        var x = (a ^ (b * 0x9e3779b97f4a7c15UL) ^ (a >> 29)) * 0xbf58476d1ce4e5b9UL;
        return x ^ (x >> 32);
    }

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    public static ulong Of(ReadOnlySpan<char> chars)
    {
        var h = Offset;
        foreach (var c in chars)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> chars)
    {
        var h = Offset;
        foreach (var c in chars)
        {
            h = (h ^ NormalizeChar(c)) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Lower case, curly quotes as straight ones: "Netanyahu’s" and "netanyahu's" hash alike.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char NormalizeChar(char c)
    {
        if (c < 0x80)
        {
            // ASCII, most of the text: lower-casing is one bit.
            return c == '`' ? '\'' : (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return NormalizeOther(c);
    }

    private static char NormalizeOther(char c) => c switch
    {
        '’' or '‘' or '`' or '´' => '\'',
        '“' or '”' => '"',
        '–' or '—' => '-',
        _ => char.ToLowerInvariant(c),
    };

    public static ulong Of(string s) => Of(s.AsSpan());
}
