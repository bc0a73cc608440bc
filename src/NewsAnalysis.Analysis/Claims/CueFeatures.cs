using System.Runtime.Intrinsics;
using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.Fnv1a;

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

    private static readonly Vector256<uint> WordSeeds = Vector256.Create(Start(1), Start(2), Start(8), Start(9), Start(10), Start(11), Start(14), Start(15));

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
        // Every hash of a word in one pass over its characters, the hashes of a pass in lanes of their own (each lane
        // as Hash(seed, word)); a hash seeded by another is computed after it.
        var byP1 = Hash4(Vector128.Create(Start(3), Start(4), 0, 0), p1);
        var (lanes, h16, h17, h3w) = HashWord(w, byP1.GetElement(0));
        var h2 = lanes.GetElement(1);
        var suffix = Hash4(Vector128.Create(Start(12), Start(13), Start(19), 0), w.Length > 3 ? w[^3..] : w);
        var byN1 = Hash4(Vector128.Create(Start(h2), Start(5), Start(18), Start(suffix.GetElement(2))), n1);
        var byN2 = Hash4(Vector128.Create(Start(7), Start(h16), 0, 0), n2);

        features.Add(Index(lanes.GetElement(0)));
        features.Add(Index(byN1.GetElement(0)));
        features.Add(Index(h3w));
        features.Add(Index(byP1.GetElement(1)));
        features.Add(Index(byN1.GetElement(1)));
        features.Add(Index(Hash(6, p2)));
        features.Add(Index(byN2.GetElement(0)));
        features.Add(Index(Mix(lanes.GetElement(2), sp1)));
        features.Add(Index(Mix(lanes.GetElement(3), sn1)));
        features.Add(Index(Mix(Mix(lanes.GetElement(4), sp1), sn1)));
        features.Add(Index(Mix(Mix(lanes.GetElement(5), sp2), sp1)));
        features.Add(Index(suffix.GetElement(0)));
        features.Add(Index(Mix(Mix(suffix.GetElement(1), sp1), sn1)));
        features.Add(Index(Mix(lanes.GetElement(6), quoted ? 'q' : 'n')));
        features.Add(Index(Mix(lanes.GetElement(7), i == a ? 'f' : char.IsUpper(w[0]) ? 'C' : 'l')));
        features.Add(Index(byN2.GetElement(1)));
        // What follows and who precedes, whatever the word: "<name> ... that", "<pronoun> ... :".
        features.Add(Index(Mix(byN1.GetElement(2), sp1)));
        features.Add(Index(byN1.GetElement(3)));
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

    private static uint Hash(uint seed, ReadOnlySpan<char> s) => Word(Start(seed), s);

    // Hash(seed, word) for seeds 1, 2, 8, 9, 10, 11, 14, 15 (lanes), 16, 17 and the given one: independent chains.
    private static (Vector256<uint> Lanes, uint H16, uint H17, uint HSeeded) HashWord(ReadOnlySpan<char> word, uint seed)
    {
        var lanes = WordSeeds;
        var h16 = Start(16);
        var h17 = Start(17);
        var hs = Start(seed);
        var prime = Vector256.Create(Prime);
        foreach (var c in word)
        {
            var lower = Fold(c);
            lanes = (lanes ^ Vector256.Create((uint)lower)) * prime;
            h16 = Mix(h16, lower);
            h17 = Mix(h17, lower);
            hs = Mix(hs, lower);
        }

        return ((lanes ^ Vector256.Create(1u)) * prime, Mix(h16, '\u0001'), Mix(h17, '\u0001'), Mix(hs, '\u0001'));
    }

    // Hash(seed, word) for four seeds at once, given as their starts (unused lanes cost nothing extra).
    private static Vector128<uint> Hash4(Vector128<uint> starts, ReadOnlySpan<char> word)
    {
        var lanes = starts;
        var prime = Vector128.Create(Prime);
        foreach (var c in word)
        {
            lanes = (lanes ^ Vector128.Create((uint)Fold(c))) * prime;
        }

        return (lanes ^ Vector128.Create(1u)) * prime;
    }

    // Where Hash(seed, ...) starts.
    private static uint Start(uint seed) => Mix(Offset, (char)seed);

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}
