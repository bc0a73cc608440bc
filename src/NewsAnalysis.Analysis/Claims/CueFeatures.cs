using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Hashed features of one word in its sentence for <see cref="CueModel"/>: the word, its neighbours two either side,
/// their shapes (pronoun, capitalised, number, punctuation), its suffix, and whether the sentence quotes anyone.
/// Training (<see cref="CueModelTrainer"/>) and the attribution finder call the same code, so both see the same
/// features.
/// </summary>
internal static class CueFeatures
{
    public const int Bits = 18;
    private const int Mask = (1 << Bits) - 1;
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private static readonly WordSet Pronouns = new("he", "she", "they", "i", "we", "you", "it", "who");
    private static readonly WordSet Determiners = new("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");
    private static readonly WordSet Auxiliaries = new(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
        "can", "may", "might", "must", "do", "does", "did", "to", "not", "n't", "also");

    /// <summary>
    /// Appends the features of token <paramref name="i"/> in the sentence window [<paramref name="a"/>,
    /// <paramref name="b"/>); <paramref name="quoted"/> says whether the window holds quoted words.
    /// </summary>
    public static void Extract(TextDocument document, int a, int b, int i, bool quoted, List<int> features)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        ReadOnlySpan<char> Word(int t) => t >= a && t < b ? tokens[t].Span.SliceOf(text) : t < a ? "<s>" : "</s>";

        var w = Word(i);
        var p1 = Word(i - 1);
        var p2 = Word(i - 2);
        var n1 = Word(i + 1);
        var n2 = Word(i + 2);
        var sp1 = Shape(p1);
        var sn1 = Shape(n1);
        var sp2 = Shape(p2);

        features.Add(Index(Hash(1, w)));
        features.Add(Index(Hash(Hash(2, w), n1)));
        features.Add(Index(Hash(Hash(3, p1), w)));
        features.Add(Index(Hash(4, p1)));
        features.Add(Index(Hash(5, n1)));
        features.Add(Index(Hash(6, p2)));
        features.Add(Index(Hash(7, n2)));
        features.Add(Index(Mix(Hash(8, w), sp1)));
        features.Add(Index(Mix(Hash(9, w), sn1)));
        features.Add(Index(Mix(Mix(Hash(10, w), sp1), sn1)));
        features.Add(Index(Mix(Mix(Hash(11, w), sp2), sp1)));
        features.Add(Index(Hash(12, w.Length > 3 ? w[^3..] : w)));
        features.Add(Index(Mix(Mix(Hash(13, w.Length > 3 ? w[^3..] : w), sp1), sn1)));
        features.Add(Index(Mix(Hash(14, w), quoted ? 'q' : 'n')));
        features.Add(Index(Mix(Hash(15, w), i == a ? 'f' : char.IsUpper(w[0]) ? 'C' : 'l')));
        features.Add(Index(Hash(Hash(16, w), n2)));
        // What follows and who precedes, whatever the word: "<name> ... that", "<pronoun> ... :".
        features.Add(Index(Mix(Hash(18, n1), sp1)));
        features.Add(Index(Hash(Hash(19, w.Length > 3 ? w[^3..] : w), n1)));
        // The nearest word before that is not an auxiliary: the subject slot ("she has long argued").
        var s = i - 1;
        while (s > a && s > i - 5 && Auxiliaries.Contains(Word(s)))
        {
            s--;
        }

        features.Add(Index(Mix(Hash(17, w), s >= a ? Shape(Word(s)) : '^')));
    }

    // The coarse class of a word: pronoun, determiner, capitalised, lower, number, or the punctuation mark itself.
    private static char Shape(ReadOnlySpan<char> word)
    {
        if (word is "<s>")
        {
            return '^';
        }

        if (word is "</s>")
        {
            return '$';
        }

        var c = word[0];
        return Pronouns.Contains(word) ? 'P'
            : Determiners.Contains(word) ? 'D'
            : Auxiliaries.Contains(word) ? 'A'
            : char.IsUpper(c) ? 'C'
            : char.IsLower(c) ? 'l'
            : char.IsDigit(c) ? '9'
            : c is '“' or '”' or '"' or '\'' or '‘' or '’' or '`' ? 'Q'
            : c;
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> s)
    {
        var h = Mix(Offset, (char)seed);
        foreach (var c in s)
        {
            h = Mix(h, c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return Mix(h, '\u0001');
    }

    private static uint Mix(uint h, char c) => (h ^ c) * Prime;

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}
