namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// 32-bit FNV-1a, the hash behind the claim models' features and <see cref="WordSet"/>. The shipped models were
/// trained on these exact values, so a change here needs them all retrained.
/// </summary>
internal static class Fnv1a
{
    public const uint Offset = 2166136261;
    public const uint Prime = 16777619;

    public static uint Mix(uint h, char c) => (h ^ c) * Prime;

    /// <summary>A word's character as the models see it: lower case, a typographic apostrophe as a straight one.</summary>
    public static char Fold(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>The folded word hashed on from <paramref name="start"/>, closed by a terminator.</summary>
    public static uint Word(uint start, ReadOnlySpan<char> word)
    {
        var h = start;
        foreach (var c in word)
        {
            h = Mix(h, Fold(c));
        }

        return Mix(h, '\u0001');
    }
}
