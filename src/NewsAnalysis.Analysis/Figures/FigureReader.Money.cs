namespace NewsAnalysis.Analysis.Figures;

/// <summary>Money: the currency before or after the amount, its scale and its cents.</summary>
internal sealed partial class FigureReader
{
    private string? CurrencyBefore(int first, out int currencyFirst)
    {
        currencyFirst = first;
        if (first <= _taken || !UnitLexicon.MayEndPrefix(_numbers.Chars(first - 1)))
        {
            return null;
        }

        // The symbol touches the number or stands one space before it ("$5", "$ 75", "US$ 1MM", "u.s $ 100").
        Span<char> key = stackalloc char[32];
        string? found = null;
        for (var n = 1; n <= 6 && first - n >= _taken; n++)
        {
            var from = first - n;
            if (_pieces[from].Kind == PieceKind.Digits)
            {
                break;
            }

            var length = Join(from, first, key);
            if (length < 0)
            {
                break;
            }

            if (UnitLexicon.TryGetPrefix(key[..length], out var iso))
            {
                // A letter code glued to the word before is not a prefix ("bus $").
                if (from > 0 && !_numbers.Gap(from) && _pieces[from - 1].Kind == PieceKind.Word)
                {
                    continue;
                }

                found = iso;
                currencyFirst = from;
            }
        }

        return found;
    }

    private void ApplyMoneyScale(ref FigureCandidate figure)
    {
        // "$5m", "£15.8m", "$2 bn": after a currency a lone m is a million, not a metre.
        var end = figure.End;
        if (figure.Multiplier == 1 && _numbers.Has(end) && _pieces[end].Kind == PieceKind.Word
            && (!_numbers.Gap(end) || _numbers.Chars(end).Length > 1))
        {
            var w = _numbers.Chars(end);
            var factor = w switch
            {
                "m" or "M" or "mn" or "mln" or "million" => 1e6,
                "bn" or "b" or "B" or "bln" or "billion" => 1e9,
                "k" or "K" => 1e3,
                "tn" or "trillion" => 1e12,
                _ => 0,
            };
            if (factor > 0 && !(_numbers.Has(end + 1) && !_numbers.Gap(end + 1) && _pieces[end + 1].Kind != PieceKind.Symbol))
            {
                figure.Value *= factor;
                figure.Multiplier = factor;
                figure.End = end + 1;
            }
        }

        // "$5 million USD" repeats the currency.
        TryCents(ref figure);
    }

    private static bool IsPounds(ReadOnlySpan<char> word) =>
        word.Equals("pounds", StringComparison.OrdinalIgnoreCase) || word.Equals("pound", StringComparison.OrdinalIgnoreCase);

    // "361 million pounds" is money, "two pounds" of weight is not: money when scaled, when written with pence, or
    // when the text around says "£".
    private UnitEntry PoundsMeaning(int i)
    {
        var number = i - 1;
        var scaled = number >= 0 && (_numbers.IsNumberWord(number, out var w) && w.Kind == NumberWordKind.Scale
                                     || (_pieces[number].Kind == PieceKind.Word && _numbers.Chars(number) is "m" or "bn" or "mn"));
        var pence = _numbers.IsWord(i + 1, "and") || (_numbers.Has(i + 1) && _numbers.IsDigits(i + 1));
        var from = Math.Max(0, _pieces[i].Start - 400);
        var nearPoundSign = _text.AsSpan(from, Math.Min(_text.Length, _pieces[i].End + 400) - from).Contains('£');
        return scaled || pence || nearPoundSign ? new UnitEntry(UnitKind.Currency, "GBP") : new UnitEntry(UnitKind.Measure, "lb");
    }

    // "thirteen dollars and forty-five cents", "3 dollars 50 cents"
    private void TryCents(ref FigureCandidate figure)
    {
        var j = figure.End;
        var and = _numbers.IsWord(j, "and");
        if (and)
        {
            j++;
        }

        if (!_numbers.Has(j))
        {
            return;
        }

        NumberRead cents = _pieces[j].Kind == PieceKind.Digits && _numbers.IsInteger(j) ? _numbers.ReadDigits(j)
            : _numbers.IsNumberWord(j, out _) ? _numbers.ReadWords(j) : default;
        if (cents.End <= j || cents.Value is < 1 or >= 100 || cents.Value != Math.Floor(cents.Value))
        {
            return;
        }

        var k = cents.End;
        if (MatchUnit(k, out var centsEnd, out var minor) && minor.Kind == UnitKind.MinorCurrency)
        {
            figure.Value += cents.Value / 100;
            figure.End = centsEnd;
        }
        // "3 dollars 50.", "one dollar and two." and "c $ 100 and fifty": cents without their unit only where the
        // amount ends; "$5 and two years" is no price.
        else if ((cents.Words || (!and && _numbers.Chars(j).Length == 2 && cents.End == j + 1 && IsCurrencyName(figure.End - 1)))
                 && (!_numbers.Has(k) || _pieces[k].Kind == PieceKind.Symbol || (and && cents.Words && _numbers.IsWord(k, "and"))))
        {
            figure.Value += cents.Value / 100;
            figure.End = k;
        }
    }

    // "dollars", "euros": a currency named in lower-case words, not a code or a symbol ("10 $ 30 $", "rmb 10 usd 20").
    private bool IsCurrencyName(int i) =>
        _numbers.Has(i) && _pieces[i].Kind == PieceKind.Word && _numbers.Chars(i).Length > 3 && char.IsLower(_text[_pieces[i].Start]);

    // "a dollar", "a kilogram", "an inch": the article counts one of a unit that measures or pays; not "a year ago",
    // "a degree in law", "a cup of tea" nor "a $5 fee".
    private bool IsOneUnit(int article)
    {
        var unit = article + 1;
        if (!_numbers.IsNumberWord(article, out var w) || w.Kind != NumberWordKind.Article || !_numbers.Has(unit)
            || _pieces[unit].Kind != PieceKind.Word || !MatchUnit(unit, out var end, out var entry) || _numbers.IsDigits(end))
        {
            return false;
        }

        // "a CM game" is a name, "a euro-enthusiast" a compound.
        var word = _numbers.Chars(unit);
        if ((word.Length > 1 && char.IsUpper(word[1])) || (_numbers.IsHyphen(end) && !_numbers.Gap(end)))
        {
            return false;
        }

        // "costs a dollar.", "a dollar a day"; but "a euro that buys $1.30" and "a renminbi revaluation" name the currency.
        var next = end;
        if (entry.Kind == UnitKind.Currency)
        {
            return !_numbers.Has(next) || _pieces[next].Kind == PieceKind.Symbol
                || _numbers.Chars(next) is "a" or "an" or "per" or "each" or "for" or "or" or "and" or "in" or "on" or "at" or "from";
        }

        return (entry.Kind == UnitKind.Measure && entry.Unit is "km" or "m" or "cm" or "mm" or "mi" or "kg" or "g" or "mg" or "lb"
                or "oz" or "l" or "ml" or "gal" or "pt" or "qt" or "t" or "ha" or "acre" or "in" or "tbsp" or "tsp" or "nmi");
    }
}
