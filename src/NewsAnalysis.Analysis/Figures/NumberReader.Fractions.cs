namespace NewsAnalysis.Analysis.Figures;

/// <summary>Fractions in digits and words: "3/4", "two thirds", "one hundred thirty fifths", "a quarter of a million".</summary>
internal sealed partial class NumberReader
{
    private bool TryFraction(int i, out int end, out double value)
    {
        end = i;
        value = 0;
        var slash = i + 1;
        if (!IsSymbol(slash, '/') || !IsInteger(slash + 1))
        {
            return false;
        }

        var spaced = Gap(slash) || Gap(slash + 1);
        if (spaced && (Gap(slash) != Gap(slash + 1)))
        {
            return false;
        }

        // "5/1/2024" is a date, not a fraction.
        if (IsSymbol(slash + 2, '/') || IsSymbol(i - 1, '/'))
        {
            return false;
        }

        var numerator = DigitsValue(i);
        var denominator = DigitsValue(slash + 1);
        if (denominator is not (2 or 3 or 4 or 5 or 8 or 10 or 16 or 32 or 64 or 100) || numerator >= denominator * 10)
        {
            return false;
        }

        value = numerator / denominator;
        end = slash + 2;
        return true;
    }

    // "a quarter million", "two thirds of a million": the part of a scale.
    private double ScaleAfterFraction(int i, out int end)
    {
        end = i;
        var k = IsWord(i, "of") && IsNumberWord(i + 1, out var article) && article.Kind == NumberWordKind.Article ? i + 2 : i;
        if (IsNumberWord(k, out var scale) && scale.Kind == NumberWordKind.Scale && !Chars(k).EndsWith('s'))
        {
            end = k + 1;
            return scale.Value;
        }

        return 0;
    }

    // "the past three quarters" are periods of a year, not three fourths.
    private bool CountsPeriods(int start) =>
        Has(start - 1) && _pieces[start - 1].Kind == PieceKind.Word && Chars(start - 1) is "the" or "last" or "past" or "next"
            or "first" or "previous" or "preceding" or "following" or "consecutive" or "straight" or "successive" or "recent";

    private bool SpansPeriods(int start) =>
        Has(start - 1) && _pieces[start - 1].Kind == PieceKind.Word && Chars(start - 1) is "for" or "over" or "within";

    // "twenty and three fifths" is 20 + 3/5; "one hundred and thirty-two fifths" is 132/5.
    private bool FollowedByProperFraction(int i)
    {
        var read = ContinueWordsBounded(i);
        if (!TryDenominator(read, out _, out var denominator, out var plural))
        {
            return false;
        }

        if (!plural && denominator != 2)
        {
            return false;
        }

        var numerator = ContinueWords(0, i, seeded: false, limit: read, integerOnly: true);
        return numerator.End < read || numerator.Value < denominator;
    }

    /// <summary>
    /// Number words ending in an ordinal whose last words and the ordinal make one compound ordinal ("thirty
    /// fifths", "one thousand fifths", "one hundred and fifth"), the words before it a whole numerator; the longest
    /// such denominator wins. A singular one only after "one" ("one one hundred fifth"), else it is a rank.
    /// </summary>
    private bool TryCompoundFraction(int start, out NumberRead read)
    {
        read = default;
        var ord = start;
        while (ord < start + 12 && Has(ord)
               && (IsNumberWord(ord, out var w) && w.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                       or NumberWordKind.Hundred or NumberWordKind.Scale
                   || IsWord(ord, "and") || IsHyphen(ord)))
        {
            ord++;
        }

        if (ord - start < 2 || !IsNumberWord(ord, out var ordinal) || ordinal.Kind is not (NumberWordKind.Ordinal or NumberWordKind.OrdinalPlural)
            || Chars(ord).StartsWith("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var cardinalEnd = IsHyphen(ord - 1) ? ord - 1 : ord;
        for (var s = start + 1; s < cardinalEnd; s++)
        {
            if (!IsNumberWord(s, out var first) || first.Kind is not (NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
                || IsHyphen(s - 1))
            {
                continue;
            }

            var numerator = ContinueWords(0, start, seeded: false, limit: s, integerOnly: true);
            if (numerator.End != s || numerator.Value == 0)
            {
                continue;
            }

            var and = IsWord(cardinalEnd - 1, "and");
            var cardinal = ContinueWords(0, s, seeded: false, limit: and ? cardinalEnd - 1 : cardinalEnd, integerOnly: true);
            if (cardinal.End != (and ? cardinalEnd - 1 : cardinalEnd) || !JoinsOrdinal(cardinal.Value, ordinal.Value, and))
            {
                continue;
            }

            if (ordinal.Kind == NumberWordKind.Ordinal && numerator.Value != 1)
            {
                return false;
            }

            var value = numerator.Value / (cardinal.Value + ordinal.Value);
            read = Finish(value, ord + 1, value);
            return true;
        }

        return false;
    }

    // "thirty" + "fifth", "one thousand" + "fifth", "one hundred and" + "fifth"; not "two" + "fifth".
    internal static bool JoinsOrdinal(double cardinal, double ordinal, bool and) =>
        ordinal < 10 ? cardinal % 10 == 0 && cardinal % 100 != 10 && (!and || cardinal % 100 == 0)
        : ordinal < 100 ? cardinal % 100 == 0 && !and
        : false;

    // The end of a short run of number words, to look ahead without reading far.
    private int ContinueWordsBounded(int i)
    {
        var j = i;
        while (j < i + 4 && (IsNumberWord(j, out var w) && w.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                             || (IsHyphen(j) && j > i)))
        {
            j++;
        }

        return j;
    }

    private bool TryDenominator(int i, out int end, out double value, out bool plural)
    {
        end = i;
        value = 0;
        plural = false;
        var k = i;
        if (IsHyphen(k))
        {
            k++;
        }

        // "twenty-first", "twenty-fifths"
        var tens = 0.0;
        if (IsNumberWord(k, out var t) && t.Kind == NumberWordKind.Tens && IsHyphen(k + 1))
        {
            tens = t.Value;
            k += 2;
        }

        if (!IsNumberWord(k, out var w))
        {
            return false;
        }

        if (w.Kind is NumberWordKind.Ordinal or NumberWordKind.OrdinalPlural)
        {
            value = tens + w.Value;
            plural = w.Kind == NumberWordKind.OrdinalPlural;
        }
        else if (w.Kind == NumberWordKind.Half && tens == 0)
        {
            value = 2;
        }
        else
        {
            return false;
        }

        // "first" and "second" name ranks, never parts.
        if (value < 2 || (value == 2 && w.Kind == NumberWordKind.Ordinal))
        {
            return false;
        }

        end = k + 1;
        return true;
    }

    // "a third of", "a quarter." but not "a third term".
    private bool FractionContext(int next)
    {
        if (!Has(next) || _pieces[next].Kind != PieceKind.Word)
        {
            return !IsHyphen(next) || Gap(next);
        }

        var w = Chars(next);
        return w is "of" or "and" or "or" or "to" or "in" or "on" or "at" or "for" or "more" or "less" or "as" or "than"
            or "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "off" or "mile"
            or "century" or "hour" or "percent" || UnitLexicon.TryGet(w, out _);
    }
}
