namespace NewsAnalysis.Analysis.Figures;

/// <summary>Splits text into <see cref="Piece"/>s in one linear pass.</summary>
internal static class PieceScanner
{
    public static List<Piece> Scan(string text)
    {
        var pieces = new List<Piece>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (VulgarFraction(c) > 0)
            {
                pieces.Add(new Piece(i, ++i, PieceKind.Digits));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && StartsBareDecimal(text, i)))
            {
                if (char.IsAsciiDigit(c) && IsDottedChain(text, i))
                {
                    // Addresses and versions ("192.168.1.2"): each group is its own number.
                    while (true)
                    {
                        var group = i;
                        while (i < text.Length && char.IsAsciiDigit(text[i]))
                        {
                            i++;
                        }

                        pieces.Add(new Piece(group, i, PieceKind.Digits));
                        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                        {
                            pieces.Add(new Piece(i, i + 1, PieceKind.Symbol));
                            i++;
                            continue;
                        }

                        break;
                    }

                    continue;
                }

                i = ScanNumber(text, i);
                // "2½": a whole number with its vulgar fraction.
                if (i < text.Length && VulgarFraction(text[i]) > 0 && text.AsSpan(start, i - start).IndexOfAny('.', ',') < 0)
                {
                    i++;
                }

                pieces.Add(new Piece(start, i, PieceKind.Digits));
                continue;
            }

            if (char.IsAsciiLetter(c) || (c > 0x7F && char.IsLetter(c)))
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] > 0x7F && char.IsLetter(text[i]))))
                {
                    i++;
                }

                pieces.Add(new Piece(start, i, PieceKind.Word));
                continue;
            }

            i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            pieces.Add(new Piece(start, i, PieceKind.Symbol));
        }

        return pieces;
    }

    public static double VulgarFraction(char c) => c switch
    {
        '½' => 1.0 / 2, '⅓' => 1.0 / 3, '⅔' => 2.0 / 3, '¼' => 1.0 / 4, '¾' => 3.0 / 4, '⅕' => 1.0 / 5, '⅖' => 2.0 / 5,
        '⅗' => 3.0 / 5, '⅘' => 4.0 / 5, '⅙' => 1.0 / 6, '⅚' => 5.0 / 6, '⅛' => 1.0 / 8, '⅜' => 3.0 / 8, '⅝' => 5.0 / 8,
        '⅞' => 7.0 / 8, _ => 0,
    };

    // ".25" at the start of a word is a number; "end.25" is not.
    private static bool StartsBareDecimal(string text, int i) =>
        i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '-' or '$');

    private static bool IsDottedChain(string text, int i)
    {
        var dots = 0;
        var j = i;
        while (j < text.Length)
        {
            if (char.IsAsciiDigit(text[j]))
            {
                j++;
            }
            else if (text[j] == '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]) && j > i)
            {
                dots++;
                j++;
                if (dots >= 2)
                {
                    return true;
                }
            }
            else
            {
                break;
            }
        }

        return false;
    }

    private static int ScanNumber(string text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var leadDigits = i - start;
        var grouped = false;
        // "12,34,567": Indian grouping, pairs before the last group of three.
        if (leadDigits is 1 or 2 && IndianGroupsAt(text, i) is > 0 and var indianEnd)
        {
            i = indianEnd;
            grouped = true;
        }

        // "28,000": comma groups of exactly three digits.
        while (leadDigits > 0 && i + 3 < text.Length + 0 && text[i] == ',' && ThreeDigitsAt(text, i + 1))
        {
            i += 4;
            grouped = true;
        }

        // "1,3", "4,25": a decimal comma after a short whole part, never in a list ("1,2,3") nor before a group.
        if (!grouped && leadDigits is >= 1 and <= 3 && DecimalCommaAt(text, i)
            && !(start > 1 && text[start - 1] is ',' or '-' or '–' && char.IsAsciiDigit(text[start - 2])))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            return i;
        }

        // "1 234 567", "40 000": space groups after a short leading group that does not start with zero.
        if (!grouped && leadDigits is >= 1 and <= 3 && (text[start] != '0' || leadDigits == 1))
        {
            while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' && ThreeDigitsAt(text, i + 1))
            {
                i += 4;
            }
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static int IndianGroupsAt(string text, int i)
    {
        var pairs = 0;
        while (i + 3 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && text[i + 3] == ','
               && !ThreeDigitsAt(text, i + 1))
        {
            i += 3;
            pairs++;
        }

        return pairs > 0 && text[i] == ',' && ThreeDigitsAt(text, i + 1) ? i + 4 : 0;
    }

    private static bool DecimalCommaAt(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] != ',' || !char.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        var digits = j - i - 1;
        // Not in a list ("1,2,3"), a code or a run of scores ("1-6,4-6").
        return digits is 1 or 2 && !(j + 1 < text.Length && text[j] == ',' && char.IsAsciiDigit(text[j + 1]))
            && !(j < text.Length && (char.IsAsciiLetter(text[j]) || text[j] is '-' or '–'));
    }

    private static bool ThreeDigitsAt(string text, int i) =>
        i + 2 < text.Length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
}
