using System.Collections.Frozen;

namespace NewsAnalysis.Analysis.Figures;

internal enum NumberWordKind : byte { Unit, Teen, Tens, Hundred, Scale, Dozen, Half, Ordinal, OrdinalPlural, Article }

internal readonly record struct NumberWord(NumberWordKind Kind, double Value);

/// <summary>English number words: cardinals, scales and the ordinals that name fractions ("two thirds").</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build();

    public static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per word length, the letters a number word of that length starts and ends with (bit per A..Z): most words
    // of a text fail this without hashing. Letters outside ASCII go to the dictionary, whose case folding may
    // match them to an ASCII letter.
    private const int MaxLength = 16;
    private static readonly uint[] Firsts = Letters(first: true);
    private static readonly uint[] Lasts = Letters(first: false);

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord entry)
    {
        if (word.Length is 0 or > MaxLength || !MayBe(Firsts[word.Length], word[0]) || !MayBe(Lasts[word.Length], word[^1]))
        {
            entry = default;
            return false;
        }

        return Lookup.TryGetValue(word, out entry);
    }

    private static bool MayBe(uint letters, char c)
    {
        if (c >= 0x80)
        {
            return true;
        }

        var letter = (uint)((c | 0x20) - 'a');
        return letter < 26 && (letters & (1u << (int)letter)) != 0;
    }

    private static uint[] Letters(bool first)
    {
        var masks = new uint[MaxLength + 1];
        foreach (var key in Words.Keys)
        {
            if (key.Length > MaxLength || !key.All(char.IsAsciiLetter))
            {
                throw new InvalidOperationException($"number word {key} needs the length/letter filter widened");
            }

            masks[key.Length] |= 1u << ((first ? key[0] : key[^1]) | 0x20) - 'a';
        }

        return masks;
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < units.Length; i++)
        {
            d[units[i]] = new(NumberWordKind.Unit, i);
        }

        d["nought"] = new(NumberWordKind.Unit, 0);
        d["naught"] = new(NumberWordKind.Unit, 0);
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = new(NumberWordKind.Teen, 10 + i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new(NumberWordKind.Tens, 20 + (10 * i));
        }

        d["fourty"] = new(NumberWordKind.Tens, 40);
        d["hundred"] = new(NumberWordKind.Hundred, 100);
        d["thousand"] = new(NumberWordKind.Scale, 1e3);
        d["million"] = new(NumberWordKind.Scale, 1e6);
        d["billion"] = new(NumberWordKind.Scale, 1e9);
        d["trillion"] = new(NumberWordKind.Scale, 1e12);
        // "3 millions": a plural scale counts only after a number, as any scale does ("millions of" alone is no figure).
        d["thousands"] = new(NumberWordKind.Scale, 1e3);
        d["millions"] = new(NumberWordKind.Scale, 1e6);
        d["billions"] = new(NumberWordKind.Scale, 1e9);
        d["trillions"] = new(NumberWordKind.Scale, 1e12);
        d["lakh"] = new(NumberWordKind.Scale, 1e5);
        d["lakhs"] = new(NumberWordKind.Scale, 1e5);
        d["crore"] = new(NumberWordKind.Scale, 1e7);
        d["crores"] = new(NumberWordKind.Scale, 1e7);
        foreach (var w in (string[])["dozen", "dozens", "dz", "dzs", "doz", "dozs"])
        {
            d[w] = new(NumberWordKind.Dozen, 12);
        }

        d["half"] = new(NumberWordKind.Half, 2);
        d["halves"] = new(NumberWordKind.OrdinalPlural, 2);
        d["a"] = new(NumberWordKind.Article, 1);
        d["an"] = new(NumberWordKind.Article, 1);

        // Ordinals: alone they are ranks, never figures; after a numerator they are denominators.
        (string Word, double Value)[] ordinals =
        [
            ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("quarter", 4), ("fifth", 5), ("sixth", 6),
            ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
            ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17),
            ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40),
            ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90),
            ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12),
        ];
        foreach (var (word, value) in ordinals)
        {
            d[word] = new(NumberWordKind.Ordinal, value);
            d[word + "s"] = new(NumberWordKind.OrdinalPlural, value);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
