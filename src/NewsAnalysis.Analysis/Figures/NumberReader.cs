using System.Globalization;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>The number itself, before units: where it ends, its value and the scale it was written with.</summary>
internal readonly record struct NumberRead(int End, double Value, double Written, double Multiplier, bool Words);

/// <summary>
/// Reads one number starting at a piece: digits ("1,234.5", "3.5bn", "2 1/2", "1.2e6"), words ("one hundred and
/// five", "two thirds", "half a dozen", "nine point nought four") or both ("1.5 million").
/// </summary>
internal sealed partial class NumberReader
{
    private enum Last : byte { None, Seed, Article, Unit, Teen, Tens, Hundred, Scale, Dozen }

    private readonly string _text;
    private readonly List<Piece> _pieces;

    public NumberReader(string text, List<Piece> pieces)
    {
        _text = text;
        _pieces = pieces;
    }

    public ReadOnlySpan<char> Chars(int i) => _text.AsSpan(_pieces[i].Start, _pieces[i].Length);

    public bool Has(int i) => (uint)i < (uint)_pieces.Count;

    /// <summary>Whitespace stands between piece i - 1 and piece i.</summary>
    public bool Gap(int i) => i <= 0 || i >= _pieces.Count || _pieces[i].Start > _pieces[i - 1].End;

    public bool IsWord(int i, string word) =>
        Has(i) && _pieces[i].Kind == PieceKind.Word && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(int i, char c) => Has(i) && _pieces[i].Kind == PieceKind.Symbol && _text[_pieces[i].Start] == c;

    public bool IsHyphen(int i) => Has(i) && _pieces[i].Kind == PieceKind.Symbol && _text[_pieces[i].Start] is '-' or '–' or '‐';

    public bool IsNumberWord(int i, out NumberWord word)
    {
        word = default;
        return Has(i) && _pieces[i].Kind == PieceKind.Word && NumberWords.TryGet(Chars(i), out word);
    }

    public bool IsDigits(int i) => Has(i) && _pieces[i].Kind == PieceKind.Digits;

    public bool IsInteger(int i) => IsDigits(i) && Chars(i).IndexOfAny('.', ',') < 0 && !Chars(i).ContainsAny(' ', '\u00A0', '\u202F')
        && PieceScanner.VulgarFraction(Chars(i)[^1]) == 0;

    // A signed integer exponent at k ("+14", "-4", "6" after "e" or "10^"): scales the value and moves end past it.
    private void ScaleByExponent(int k, ref double value, ref int end)
    {
        var sign = 1;
        if (Has(k) && !Gap(k) && (IsSymbol(k, '+') || IsSymbol(k, '-')))
        {
            sign = IsSymbol(k, '-') ? -1 : 1;
            k++;
        }

        if (IsInteger(k) && !Gap(k))
        {
            value *= Math.Pow(10, sign * DigitsValue(k));
            end = k + 1;
        }
    }

    public double DigitsValue(int i)
    {
        var chars = Chars(i);
        Span<char> buffer = stackalloc char[Math.Min(chars.Length, 64)];
        var n = 0;
        // The scanner keeps a comma with one or two digits after it only as a decimal comma ("1,3").
        var vulgar = PieceScanner.VulgarFraction(chars[^1]);
        if (vulgar > 0)
        {
            chars = chars[..^1];
            if (chars.IsEmpty)
            {
                return vulgar;
            }
        }

        var comma = chars.LastIndexOf(',');
        var decimalComma = comma >= 0 && chars.Length - comma - 1 <= 2 && !chars.Contains('.');
        for (var k = 0; k < chars.Length; k++)
        {
            var c = decimalComma && k == comma ? '.' : chars[k];
            if (char.IsAsciiDigit(c) || c == '.')
            {
                if (n == buffer.Length)
                {
                    break;
                }

                buffer[n++] = c;
            }
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v + vulgar : double.NaN;
    }

    /// <summary>Reads a number written in digits at piece i (a Digits piece).</summary>
    public NumberRead ReadDigits(int i)
    {
        var value = DigitsValue(i);
        var end = i + 1;

        // 1.3e6, 12.32e+14
        if (Has(end) && !Gap(end) && Chars(end) is "e" or "E")
        {
            ScaleByExponent(end + 1, ref value, ref end);
        }

        // 1.3x10^6, 6.23×10^-4
        if (Has(end) && !Gap(end) && (IsWord(end, "x") || IsSymbol(end, '×')))
        {
            if (IsDigits(end + 1) && !Gap(end + 1) && Chars(end + 1) is "10" && IsSymbol(end + 2, '^') && !Gap(end + 2))
            {
                ScaleByExponent(end + 3, ref value, ref end);
            }
        }

        // 1.1^23, 2.5^-1
        if (IsSymbol(end, '^') && !Gap(end))
        {
            var k = end + 1;
            var sign = 1;
            while (Has(k) && !Gap(k) && (IsSymbol(k, '+') || IsSymbol(k, '-')))
            {
                sign = IsSymbol(k, '-') ? -sign : sign;
                k++;
            }

            if (IsDigits(k) && !Gap(k))
            {
                value = Math.Pow(value, sign * DigitsValue(k));
                end = k + 1;
            }
        }

        // "1 point 5", as a transcript writes a spoken decimal
        if (end == i + 1 && IsInteger(i) && IsWord(end, "point") && IsInteger(end + 1) && Gap(end + 1))
        {
            var decimals = Chars(end + 1);
            value += double.Parse(decimals, CultureInfo.InvariantCulture) / Math.Pow(10, decimals.Length);
            end += 2;
        }

        // 3/4, 2 1/4, 1 / 4
        if (IsInteger(i) && TryFraction(i, out var fractionEnd, out var fraction))
        {
            value = fraction;
            end = fractionEnd;
        }
        else if (IsInteger(i) && IsInteger(end) && Gap(end) && TryFraction(end, out fractionEnd, out fraction) && fraction < 1)
        {
            value += fraction;
            end = fractionEnd;
        }

        var written = value;
        var multiplier = 1.0;
        if (Has(end) && _pieces[end].Kind == PieceKind.Word && TryScaleSuffix(i, end, out var factor))
        {
            multiplier = factor;
            end++;
        }

        var words = ContinueWords(value * multiplier, end, seeded: true);
        if (words.End > end)
        {
            var (total, totalEnd) = ContinueDigitGroups(words.Value, words.End);
            return new NumberRead(totalEnd, total, written, written == 0 ? 1 : total / written, false);
        }

        return new NumberRead(end, value * multiplier, written, multiplier, false);
    }

    // "1 million 200 thousand", "4 thousand 3 hundred and 21": digit groups going on under a falling scale.
    private (double Total, int End) ContinueDigitGroups(double total, int end)
    {
        while (IsNumberWord(end - 1, out var scale) && scale.Kind is NumberWordKind.Scale or NumberWordKind.Hundred)
        {
            var k = end;
            var and = IsWord(k, "and");
            if (and)
            {
                k++;
            }

            if (!IsInteger(k) || !Gap(k) || Chars(k).Length > 3)
            {
                break;
            }

            var digits = DigitsValue(k);
            var next = ContinueWords(digits, k + 1, seeded: true);
            var scaled = next.End > k + 1;
            var part = scaled ? next.Value : digits;
            if (part >= scale.Value || (and ? part >= 100 || scaled : !scaled))
            {
                break;
            }

            total += part;
            end = scaled ? next.End : k + 1;
        }

        return (total, end);
    }

    private bool TryScaleSuffix(int number, int i, out double factor)
    {
        factor = 1;
        var chars = Chars(i);
        if (!UnitLexicon.TryGet(chars, out var entry) || entry.Kind != UnitKind.Scale)
        {
            return false;
        }

        // After a following letter or digit it is a code ("10Gb" is a unit, "4G" a network).
        var next = i + 1;
        if (Has(next) && !Gap(next) && _pieces[next].Kind != PieceKind.Symbol)
        {
            return false;
        }

        // A letter alone scales on the same line ("10M", "2.33 k"): "29,603\n\nM Riley" is no 29 billion.
        if (Gap(i) && chars.Length <= 2 && chars[0] is 'k' or 'K' or 'M' or 'G' or 'B' or 'b'
            && _text.AsSpan(_pieces[i - 1].End, _pieces[i].Start - _pieces[i - 1].End).ContainsAny('\n', '\r'))
        {
            return false;
        }

        // "4G", "5G" are networks.
        if (chars is "G" && !Gap(i) && Chars(number).Length == 1)
        {
            return false;
        }

        factor = entry.Multiplier;
        return true;
    }

    /// <summary>Reads a number written in words at piece i ("twenty-one", "a dozen", "two thirds").</summary>
    public NumberRead ReadWords(int i)
    {
        if (!IsNumberWord(i, out var first))
        {
            return default;
        }

        if (first.Kind == NumberWordKind.Half)
        {
            return ReadHalf(i);
        }

        // "a couple of weeks", "a pair of shoes" (not "a married couple").
        if (first.Kind == NumberWordKind.Article && (IsWord(i + 1, "couple") || IsWord(i + 1, "pair"))
            && (!Has(i + 2) || IsWord(i + 2, "of") || _pieces[i + 2].Kind == PieceKind.Symbol))
        {
            return new NumberRead(i + 2, 2, 2, 1, true);
        }

        // "quarter million"
        if (first.Kind == NumberWordKind.Ordinal && first.Value == 4 && ScaleAfterFraction(i + 1, out var quarterEnd) is > 0 and var scale
            && quarterEnd == i + 2)
        {
            return new NumberRead(quarterEnd, 0.25 * scale, 0.25, scale, true);
        }

        var read = ContinueWords(0, i, seeded: false);
        if (read.End <= i)
        {
            return default;
        }

        // "two mln", "three bln": the wire's short scale words after a number in words.
        if (read.Multiplier == 1 && Has(read.End) && _pieces[read.End].Kind == PieceKind.Word && Gap(read.End)
            && Chars(read.End).Length >= 2 && TryScaleSuffix(read.End - 1, read.End, out var factor))
        {
            return new NumberRead(read.End + 1, read.Value * factor, read.Value, factor, true);
        }

        return read;
    }

    private NumberRead ReadHalf(int i)
    {
        // "half million"
        if (IsNumberWord(i + 1, out var direct) && direct.Kind == NumberWordKind.Scale && !Chars(i + 1).EndsWith('s'))
        {
            return new NumberRead(i + 2, 0.5 * direct.Value, 0.5, direct.Value, true);
        }

        // "half a dozen", "half a million"
        if (IsNumberWord(i + 1, out var article) && article.Kind == NumberWordKind.Article
            && IsNumberWord(i + 2, out var scale) && scale.Kind is NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Hundred)
        {
            return new NumberRead(i + 3, 0.5 * scale.Value, 0.5, scale.Value, true);
        }

        return new NumberRead(i + 1, 0.5, 0.5, 1, true);
    }

    /// <summary>
    /// Reads number words from piece j on. Seeded: a digit value was read before ("2 million"); only scale words
    /// and "and a half" may follow.
    /// </summary>
    /// <param name="limit">Read no piece at or past it.</param>
    /// <param name="integerOnly">Only the whole number: no fraction, "point" or "and a half" after it.</param>
    private NumberRead ContinueWords(double seed, int j, bool seeded, bool fractionOnly = false, int limit = int.MaxValue, bool integerOnly = false)
    {
        double total = 0, current = seed, lastGroup = seed, maxScale = 0, lastScale = double.MaxValue;
        var last = seeded ? Last.Seed : Last.None;
        var end = j;
        var start = j;
        while (Has(j) && j < limit)
        {
            var k = j;
            if (IsHyphen(k) && last == Last.Tens && k + 1 < limit && IsNumberWord(k + 1, out var afterHyphen) && afterHyphen.Kind == NumberWordKind.Unit)
            {
                k++;
            }
            else if (IsWord(k, "and") && last is Last.Hundred or Last.Scale && k + 1 < limit && IsNumberWord(k + 1, out var afterAnd)
                && afterAnd.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                && !FollowedByProperFraction(k + 1))
            {
                k++;
            }

            if (!IsNumberWord(k, out var w))
            {
                break;
            }

            // "2 million" may go on after its scale ("721 thousand twelve"), never straight after the digits.
            if (last == Last.Seed && w.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
            {
                break;
            }

            var ok = true;
            switch (w.Kind)
            {
                case NumberWordKind.Unit:
                    if (last is Last.None or Last.Hundred or Last.Scale || (last == Last.Tens && lastGroup % 10 == 0))
                    {
                        current += w.Value;
                        lastGroup = last == Last.Tens ? lastGroup + w.Value : w.Value;
                        last = Last.Unit;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case NumberWordKind.Teen:
                case NumberWordKind.Tens:
                    // "twenty-first" is a rank (or a denominator), not twenty.
                    if (last is Last.None or Last.Hundred or Last.Scale
                        && !(w.Kind == NumberWordKind.Tens && IsHyphen(k + 1) && IsNumberWord(k + 2, out var ord)
                             && ord.Kind is NumberWordKind.Ordinal or NumberWordKind.OrdinalPlural))
                    {
                        current += w.Value;
                        lastGroup = w.Value;
                        last = w.Kind == NumberWordKind.Teen ? Last.Teen : Last.Tens;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case NumberWordKind.Hundred:
                    if (last is Last.None or Last.Article or Last.Unit or Last.Teen or Last.Tens or Last.Seed && (last == Last.Seed || current < 100))
                    {
                        current = (current == 0 ? 1 : current) * 100;
                        lastGroup = 0;
                        last = Last.Hundred;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case NumberWordKind.Scale:
                    if (last is Last.None || (current == 0 && total == 0))
                    {
                        ok = false;
                    }
                    else if (w.Value > maxScale)
                    {
                        total = (total + current) * w.Value;
                        maxScale = w.Value;
                        lastScale = w.Value;
                        current = 0;
                        lastGroup = 0;
                        last = Last.Scale;
                    }
                    else if (current > 0 && w.Value < lastScale)
                    {
                        // Scales fall as the number goes on: "two million three hundred thousand".
                        total += current * w.Value;
                        lastScale = w.Value;
                        current = 0;
                        lastGroup = 0;
                        last = Last.Scale;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case NumberWordKind.Dozen:
                    if (last is Last.Article or Last.Unit or Last.Teen or Last.Tens or Last.Seed)
                    {
                        var group = lastGroup == 0 ? 1 : lastGroup;
                        current = current - group + (group * 12);
                        lastGroup = 0;
                        last = Last.Dozen;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case NumberWordKind.Article:
                    if (last == Last.None && IsNumberWord(k + 1, out var next)
                        && (next.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen
                                or NumberWordKind.Ordinal or NumberWordKind.OrdinalPlural or NumberWordKind.Half
                            || (next.Kind == NumberWordKind.Tens && IsHyphen(k + 2) && IsNumberWord(k + 3, out var compound)
                                && compound.Kind == NumberWordKind.Ordinal)))
                    {
                        current = 1;
                        lastGroup = 1;
                        last = Last.Article;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                default:
                    ok = false;
                    break;
            }

            if (!ok)
            {
                break;
            }

            j = k + 1;
            if (last != Last.Article)
            {
                end = j;
            }
        }

        var value = total + current;
        var numerator = value;
        var wordsRead = end > start || last == Last.Article;
        if (!wordsRead && !seeded)
        {
            return new NumberRead(start, 0, 0, 1, true);
        }

        if (integerOnly)
        {
            return last == Last.Article ? new NumberRead(start, 0, 0, 1, true) : Finish(value, end, value);
        }

        var afterInteger = last == Last.Article ? j : end;

        // "one hundred thirty fifths" is 100/35, "three twenty firsts" 3/21: a compound ordinal as denominator.
        if (!seeded && !fractionOnly && last != Last.Article && TryCompoundFraction(start, out var compoundFraction))
        {
            return compoundFraction;
        }

        // Fractions: "two thirds", "a quarter", "three-quarters", "a half".
        if (!seeded && TryDenominator(afterInteger, out var denominatorEnd, out var denominator, out var plural))
        {
            var single = last == Last.Article || (afterInteger - start == 1 && numerator == 1);
            if (plural && denominator == 4 && (CountsPeriods(start) || IsWord(denominatorEnd, "ahead") || IsWord(denominatorEnd, "ago")
                                               || IsWord(denominatorEnd, "later") || IsWord(denominatorEnd, "earlier")
                                               // "for three quarters now", "over two quarters": a span of time, unless "of" follows.
                                               || (SpansPeriods(start) && !IsWord(denominatorEnd, "of"))))
            {
                return Finish(numerator, afterInteger, numerator);
            }

            var scaleEnd = denominatorEnd;
            var scale = fractionOnly ? 0 : ScaleAfterFraction(denominatorEnd, out scaleEnd);
            if (plural || (single && (fractionOnly || scale > 0 || FractionContext(denominatorEnd))))
            {
                var part = numerator / denominator;
                return scale > 0 ? Finish(part * scale, scaleEnd, part) : Finish(part, denominatorEnd, part);
            }
        }

        if (fractionOnly || last == Last.Article)
        {
            return new NumberRead(start, 0, 0, 1, true);
        }

        // "nine point nought four"
        if (!seeded && IsWord(end, "point") && TryPointDigits(end + 1, out var pointEnd, out var fractionDigits))
        {
            value += fractionDigits;
            end = pointEnd;
            if (IsNumberWord(end, out var scaleAfterPoint) && scaleAfterPoint.Kind == NumberWordKind.Scale)
            {
                return Finish(value * scaleAfterPoint.Value, end + 1, value);
            }
        }

        // "one and a half", "2 and a half", "twenty and three fifths"
        // "one and a half million" is 1.5 million; "3 million and a half" and "five billion and three quarters" put
        // the part on the last scale; "one billion and a half million" names its own.
        if (IsWord(end, "and"))
        {
            var fraction = ContinueWords(0, end + 1, seeded: false, fractionOnly: true);
            if (fraction.End > end + 1 && fraction.Value < 1)
            {
                end = fraction.End;
                var scaled = IsNumberWord(end, out var scaleAfter) && scaleAfter.Kind == NumberWordKind.Scale;
                if (last == Last.Scale)
                {
                    value += fraction.Value * (scaled ? scaleAfter.Value : lastScale);
                    return Finish(value, scaled ? end + 1 : end, value);
                }

                value += fraction.Value;
                if (scaled)
                {
                    return Finish(value * scaleAfter.Value, end + 1, value);
                }
            }
        }

        return Finish(value, end, value);
    }

    private static NumberRead Finish(double value, int end, double written) =>
        new(end, value, written, written == 0 ? 1 : value / written, true);

    private bool TryPointDigits(int i, out int end, out double fraction)
    {
        end = i;
        fraction = 0;
        var scale = 0.1;
        var j = i;
        while (IsNumberWord(j, out var w) && w.Kind == NumberWordKind.Unit)
        {
            fraction += w.Value * scale;
            scale /= 10;
            j++;
        }

        if (j == i && IsNumberWord(i, out var compound) && compound.Kind is NumberWordKind.Teen or NumberWordKind.Tens)
        {
            var v = compound.Value;
            j = i + 1;
            if (compound.Kind == NumberWordKind.Tens && IsHyphen(j) && IsNumberWord(j + 1, out var unit) && unit.Kind == NumberWordKind.Unit)
            {
                v += unit.Value;
                j += 2;
            }
            else if (compound.Kind == NumberWordKind.Tens && IsNumberWord(j, out unit) && unit.Kind == NumberWordKind.Unit)
            {
                v += unit.Value;
                j++;
            }

            fraction = v / 100;
        }

        if (j == i)
        {
            return false;
        }

        end = j;
        return true;
    }
}
