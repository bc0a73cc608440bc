using System.Runtime.Intrinsics;
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

    private static readonly Vector256<uint> WordSeeds = Vector256.Create(
        Mix(Offset, (char)1), Mix(Offset, (char)2), Mix(Offset, (char)8), Mix(Offset, (char)9),
        Mix(Offset, (char)10), Mix(Offset, (char)11), Mix(Offset, (char)14), Mix(Offset, (char)15));

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
        // The word's hashes under the ten seeds that hash it alone, in one pass over its characters (as Hash(seed, w)).
        var (lanes, h16, h17) = HashWord(w);
        var h1 = lanes.GetElement(0);
        var h2 = lanes.GetElement(1);
        var h8 = lanes.GetElement(2);
        var h9 = lanes.GetElement(3);
        var h10 = lanes.GetElement(4);
        var h11 = lanes.GetElement(5);
        var h14 = lanes.GetElement(6);
        var h15 = lanes.GetElement(7);

        features.Add(Index(h1));
        features.Add(Index(Hash(h2, n1)));
        features.Add(Index(Hash(Hash(3, p1), w)));
        features.Add(Index(Hash(4, p1)));
        features.Add(Index(Hash(5, n1)));
        features.Add(Index(Hash(6, p2)));
        features.Add(Index(Hash(7, n2)));
        features.Add(Index(Mix(h8, sp1)));
        features.Add(Index(Mix(h9, sn1)));
        features.Add(Index(Mix(Mix(h10, sp1), sn1)));
        features.Add(Index(Mix(Mix(h11, sp2), sp1)));
        features.Add(Index(Hash(12, w.Length > 3 ? w[^3..] : w)));
        features.Add(Index(Mix(Mix(Hash(13, w.Length > 3 ? w[^3..] : w), sp1), sn1)));
        features.Add(Index(Mix(h14, quoted ? 'q' : 'n')));
        features.Add(Index(Mix(h15, i == a ? 'f' : char.IsUpper(w[0]) ? 'C' : 'l')));
        features.Add(Index(Hash(h16, n2)));
        // What follows and who precedes, whatever the word: "<name> ... that", "<pronoun> ... :".
        features.Add(Index(Mix(Hash(18, n1), sp1)));
        features.Add(Index(Hash(Hash(19, w.Length > 3 ? w[^3..] : w), n1)));
        // The nearest word before that is not an auxiliary: the subject slot ("she has long argued").
        var s = i - 1;
        while (s > a && s > i - 5 && Auxiliaries.Contains(Word(s)))
        {
            s--;
        }

        features.Add(Index(Mix(h17, s >= a ? Shape(Word(s)) : '^')));
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

    // Hash(seed, word) for seeds 1, 2, 8, 9, 10, 11, 14, 15 (lanes) and 16, 17: independent chains, one pass.
    private static (Vector256<uint> Lanes, uint H16, uint H17) HashWord(ReadOnlySpan<char> word)
    {
        var lanes = WordSeeds;
        var h16 = Mix(Offset, (char)16);
        var h17 = Mix(Offset, (char)17);
        var prime = Vector256.Create(Prime);
        foreach (var c in word)
        {
            var lower = c == '’' ? '\'' : char.ToLowerInvariant(c);
            lanes = (lanes ^ Vector256.Create((uint)lower)) * prime;
            h16 = Mix(h16, lower);
            h17 = Mix(h17, lower);
        }

        return ((lanes ^ Vector256.Create(1u)) * prime, Mix(h16, '\u0001'), Mix(h17, '\u0001'));
    }

    private static uint Mix(uint h, char c) => (h ^ c) * Prime;

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}
