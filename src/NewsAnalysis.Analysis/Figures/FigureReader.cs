namespace NewsAnalysis.Analysis.Figures;

/// <summary>
/// Reads the figures of one text: each number with its currency, unit and qualifier, skipping dates, times,
/// ranks, codes and numbers that are part of names.
/// </summary>
internal sealed partial class FigureReader
{
    private readonly string _text;
    private readonly List<Piece> _pieces;
    private readonly NumberReader _numbers;

    // One past the last piece of the figure read before: a currency or qualifier before a number never reaches into it
    // ("10 $ 30 $" is "10 $" and "30 $").
    private int _taken;

    public FigureReader(string text, List<Piece> pieces)
    {
        _text = text;
        _pieces = pieces;
        _numbers = new NumberReader(text, pieces);
    }

    public NumberReader Numbers => _numbers;

    public List<FigureCandidate> ReadAll()
    {
        var found = new List<FigureCandidate>();
        var i = 0;
        while (i < _pieces.Count)
        {
            var next = TryRead(i, out var candidate);
            if (next > i && candidate.End > candidate.First)
            {
                found.Add(candidate);
                _taken = Math.Max(candidate.End, candidate.QualifierEnd);
            }

            i = Math.Max(next, i + 1);
        }

        return found;
    }

    /// <summary>Tries a figure starting at piece i; returns the piece to go on from (past whatever it skipped).</summary>
    private int TryRead(int i, out FigureCandidate figure)
    {
        figure = default;
        var kind = _pieces[i].Kind;
        if (kind == PieceKind.Digits)
        {
            return TryReadDigits(i, negative: false, i, out figure);
        }

        if (kind == PieceKind.Symbol)
        {
            // "-5", "- 1 4/5", "−3"; not "SCP-173" nor "10 - 20".
            if (_text[_pieces[i].Start] is '-' or '−' && _numbers.IsDigits(i + 1) && MinusContext(i))
            {
                return TryReadDigits(i + 1, negative: true, i, out figure);
            }

            return i + 1;
        }

        // Most words are none of these; their first letter says so without a lookup.
        var initial = (char)(_text[_pieces[i].Start] | 0x20);
        if (initial is not ('a' or 'b' or 'c' or 'd' or 'e' or 'f' or 'h' or 'l' or 'm' or 'n' or 'o' or 'q' or 's' or 't' or 'w' or 'z'))
        {
            return i + 1;
        }

        var length = _pieces[i].Length;

        // Links carry numbers that state nothing: "https://example.org/Over_900_asylum%27s".
        if (((initial == 'h' && length is 4 or 5) || (initial == 'w' && length == 3))
            && (_numbers.IsWord(i, "http") || _numbers.IsWord(i, "https") || _numbers.IsWord(i, "www"))
            && (_numbers.IsSymbol(i + 1, ':') || _numbers.IsSymbol(i + 1, '.')) && !_numbers.Gap(i + 1))
        {
            var j = i + 1;
            while (_numbers.Has(j) && !_numbers.Gap(j))
            {
                j++;
            }

            return j;
        }

        if (((initial == 'm' && length == 5) || (initial == 'n' && length == 8))
            && (_numbers.IsWord(i, "minus") || _numbers.IsWord(i, "negative")))
        {
            if (_numbers.IsDigits(i + 1))
            {
                return TryReadDigits(i + 1, negative: true, i, out figure);
            }

            if (_numbers.IsNumberWord(i + 1, out _))
            {
                var read = _numbers.ReadWords(i + 1);
                if (read.End > i + 1)
                {
                    return Complete(i, read with { Value = -read.Value, Written = -read.Written }, out figure);
                }
            }

            return i + 1;
        }

        if (_numbers.IsNumberWord(i, out _))
        {
            var read = _numbers.ReadWords(i);
            if (read.End <= i)
            {
                return IsOneUnit(i) ? Complete(i, new NumberRead(i + 1, 1, 1, 1, true), out figure) : i + 1;
            }

            if (!WordNumberStands(i, read))
            {
                return read.End;
            }

            // "the twenty first time", "its one hundred twenty fifth anniversary": a compound rank, not a count.
            if (_numbers.IsNumberWord(read.End, out var rank) && rank.Kind == NumberWordKind.Ordinal && rank.Value < 10
                && NumberReader.JoinsOrdinal(read.Value, rank.Value, and: false) && read.Value >= 20
                && !(_numbers.IsHyphen(read.End + 1) && !_numbers.Gap(read.End + 1)))
            {
                return read.End + 1;
            }

            return Complete(i, read, out figure);
        }

        return i + 1;
    }

    private int TryReadDigits(int i, bool negative, int first, out FigureCandidate figure)
    {
        figure = default;
        var chars = _numbers.Chars(i);

        // Codes and identifiers: "B52", "scp173", "COVID-19", "007", "+44 20".
        if (first == i && i > 0 && !_numbers.Gap(i))
        {
            var previous = _pieces[i - 1];
            if (previous.Kind is PieceKind.Word or PieceKind.Digits && !UnitLexicon.TryGetPrefix(_numbers.Chars(i - 1), out _))
            {
                return SkipNumberRun(i);
            }

            if (_numbers.IsHyphen(i - 1) && i > 1 && !_numbers.Gap(i - 1) && _pieces[i - 2].Kind == PieceKind.Word)
            {
                return SkipNumberRun(i);
            }

            if (_numbers.IsSymbol(i - 1, '+'))
            {
                return SkipPhoneNumber(i);
            }

            if (_numbers.IsSymbol(i - 1, '#') || _numbers.IsSymbol(i - 1, '\'') || _numbers.IsSymbol(i - 1, '’')
                || _numbers.IsSymbol(i - 1, '_') || _numbers.IsSymbol(i - 1, '%') || _numbers.IsSymbol(i - 1, '/')
                || _numbers.IsSymbol(i - 1, '@') || _numbers.IsSymbol(i - 1, '='))
            {
                return SkipNumberRun(i);
            }
        }

        // Long runs with a leading zero are codes and phone numbers ("02079460958"); "007" and "0033" still count.
        if (chars.Length > 4 && chars[0] == '0' && char.IsAsciiDigit(chars[1]) && !chars.Contains('.'))
        {
            return SkipNumberRun(i);
        }

        // Times, scores and ratios: "10:30", "3-1" handled as ranges; "2024-01-05" and phone numbers skipped whole.
        if (_numbers.IsSymbol(i + 1, ':') && !_numbers.Gap(i + 1) && _numbers.IsDigits(i + 2) && !_numbers.Gap(i + 2))
        {
            return SkipNumberRun(i);
        }

        if (IsHyphenChain(i) || IsPhonePair(i) || IsSlashDate(i))
        {
            return SkipNumberRun(i);
        }

        var read = _numbers.ReadDigits(i);
        if (negative)
        {
            read = read with { Value = -read.Value, Written = -read.Written };
        }

        // "21st", "1990s", "3rd"
        if (_numbers.Has(read.End) && !_numbers.Gap(read.End) && _pieces[read.End].Kind == PieceKind.Word
            && read.Multiplier == 1 && DateWords.IsOrdinalSuffix(_numbers.Chars(read.End)))
        {
            return read.End + 1;
        }

        // "0800 123 4567", "020 7946 0958": a number opening with zero and going on in groups is a phone number.
        if (chars.Length >= 3 && chars[0] == '0' && _numbers.IsInteger(i) && _numbers.IsInteger(i + 1) && _numbers.Gap(i + 1))
        {
            var j = i + 1;
            while (_numbers.IsInteger(j) && _numbers.Gap(j))
            {
                j++;
            }

            return j;
        }

        // "7-Eleven": digits joined to a capitalised word are a name, unless the word is a unit ("5-Mile Run" aside).
        if (_numbers.IsHyphen(read.End) && !_numbers.Gap(read.End) && _numbers.Has(read.End + 1) && !_numbers.Gap(read.End + 1)
            && _pieces[read.End + 1].Kind == PieceKind.Word && char.IsUpper(_text[_pieces[read.End + 1].Start]) && !HasUnitAt(read.End + 1)
            && !IsAllCapsRun(read.End + 1))
        {
            return read.End + 2;
        }

        if (IsClockTime(read.End) || IsDate(i, read))
        {
            return read.End;
        }

        if (IsEnumerator(first, read.End) || IsPartOfName(first) || IsAfterNumberSign(first) || IsIndexName(first) || IsNumberToCall(first, read.End))
        {
            // "the Lakers 110-102": the score goes with the name.
            return _numbers.IsHyphen(read.End) && !_numbers.Gap(read.End) ? SkipNumberRun(i) : read.End;
        }

        return Complete(first, read, out figure);
    }

    private bool HasUnitAt(int i) => MatchUnit(i, out _, out var entry) && entry.Kind != UnitKind.Scale;

    private bool HasCurrencyBefore(int i) => i > 0 && UnitLexicon.TryGetPrefix(_numbers.Chars(i - 1), out _);

    private bool HasQualifierBefore(int i) => QualifierBefore(i, out _, out _);

    private int Complete(int first, NumberRead read, out FigureCandidate figure)
    {
        figure = new FigureCandidate
        {
            First = first,
            End = read.End,
            QualifierFirst = -1,
            Value = read.Value,
            Written = read.Written,
            Multiplier = read.Multiplier,
        };
        if (double.IsNaN(read.Value) || double.IsInfinity(read.Value))
        {
            figure = default;
            return read.End;
        }

        var currency = CurrencyBefore(first, out var currencyFirst);
        if (currency is not null)
        {
            figure.First = currencyFirst;
            figure.Unit = currency;
            figure.UnitKind = UnitKind.Currency;
            ApplyMoneyScale(ref figure);
        }
        else
        {
            ReadRatio(ref figure);
            ReadUnit(ref figure, read);
            if (figure.Unit is null && _numbers.IsWord(first - 1, "age"))
            {
                figure.First = first - 1;
                figure.Unit = "year";
                figure.UnitKind = UnitKind.Duration;
            }
        }

        // Glued to letters or digits after everything we understood: a code ("24703L202", "3D").
        if (_numbers.Has(figure.End) && !_numbers.Gap(figure.End) && _pieces[figure.End].Kind != PieceKind.Symbol)
        {
            var end = SkipNumberRun(figure.End);
            figure = default;
            return end;
        }

        if (QualifierBefore(figure.First, out var qualifierFirst, out var qualifier)
            && !(qualifier is Qualifiers.Over or Qualifiers.Under && figure.UnitKind == UnitKind.Duration && !IsAge(figure)))
        {
            figure.QualifierFirst = qualifierFirst;
            figure.Qualifier = qualifier;
        }

        QualifierAfter(ref figure);
        if (figure.Qualifier is null && figure.Unit is null)
        {
            PercentBefore(ref figure);
        }

        return figure.End;
    }

    // "one over three", "1 out of 3", "one in five": a ratio, unless the second number has a unit ("$2000 over 3
    // years") or the first is the larger ("12 out of 10" are two numbers); "in" only for a small share ("2 in 2019" no).
    private void ReadRatio(ref FigureCandidate figure)
    {
        var j = figure.End;
        var outOf = _numbers.IsWord(j, "out") && _numbers.IsWord(j + 1, "of");
        var share = !outOf && _numbers.IsWord(j, "in") && figure.Multiplier == 1 && figure.Value >= 1 && figure.Value == Math.Floor(figure.Value);
        if (!outOf && !share && !_numbers.IsWord(j, "over"))
        {
            return;
        }

        var k = j + (outOf ? 2 : 1);
        var denominator = _numbers.IsDigits(k) ? _numbers.ReadDigits(k)
            : _numbers.IsNumberWord(k, out _) ? _numbers.ReadWords(k) : default;
        if (denominator.End <= k || denominator.Value == 0 || HasUnitAt(denominator.End))
        {
            return;
        }

        if ((outOf || share) && denominator.Value < figure.Value)
        {
            return;
        }

        if (share && (denominator.Value > 1000 || denominator.Value != Math.Floor(denominator.Value) || denominator.Value == figure.Value
                      || (_numbers.IsDigits(k) && _numbers.Chars(k).Length == 4)))
        {
            return;
        }

        figure.Value /= denominator.Value;
        figure.Written = figure.Value;
        figure.End = denominator.End;
    }

    // "per cent of twenty-two": the percent word may come first.
    private void PercentBefore(ref FigureCandidate figure)
    {
        if (!_numbers.IsWord(figure.First - 1, "of"))
        {
            return;
        }

        for (var p = figure.First - 3; p <= figure.First - 2; p++)
        {
            if (p >= 0 && MatchUnit(p, out var end, out var entry) && end == figure.First - 1 && entry.Kind == UnitKind.Percent
                && !_numbers.IsDigits(p - 1) && !_numbers.IsNumberWord(p - 1, out _))
            {
                figure.First = p;
                figure.Unit = entry.Unit;
                figure.UnitKind = UnitKind.Percent;
                return;
            }
        }
    }

    private bool IsAge(FigureCandidate figure) =>
        figure.End > 0 && (_numbers.IsWord(figure.End - 1, "old") || _numbers.IsWord(figure.End - 1, "age"));

    // Joins pieces [from, to) into key as written, one space for any whitespace; -1 when it does not fit.
    private int Join(int from, int to, Span<char> key)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            if (k > from && _numbers.Gap(k))
            {
                if (n == key.Length)
                {
                    return -1;
                }

                key[n++] = ' ';
            }

            var chars = _numbers.Chars(k);
            if (n + chars.Length > key.Length)
            {
                return -1;
            }

            chars.CopyTo(key[n..]);
            n += chars.Length;
        }

        return n;
    }

    private void ReadUnit(ref FigureCandidate figure, NumberRead read)
    {
        var start = figure.End;
        if (!_numbers.Has(start))
        {
            return;
        }

        // "3-inch", "six-mile", "12-cent", "five-year-old"
        if (_numbers.IsHyphen(start) && !_numbers.Gap(start) && !_numbers.Gap(start + 1))
        {
            if (MatchUnit(start + 1, out var hyphenEnd, out var hyphenEntry) && hyphenEntry.Kind != UnitKind.Scale)
            {
                SetUnit(ref figure, hyphenEntry, hyphenEnd, read);
                if (_numbers.IsHyphen(figure.End) && _numbers.IsWord(figure.End + 1, "old") && !_numbers.Gap(figure.End))
                {
                    figure.End += 2;
                }
            }

            return;
        }

        // "20 (kg)", "20 [kg]"
        if (_pieces[start].Kind == PieceKind.Symbol && ClosingBracket(_text[_pieces[start].Start]) is var close and not '\0'
            && MatchUnit(start + 1, out var bracketEnd, out var bracketEntry) && bracketEntry.Kind == UnitKind.Measure
            && _numbers.IsSymbol(bracketEnd, close))
        {
            SetUnit(ref figure, bracketEntry, bracketEnd + 1, read);
            return;
        }

        // "half an hour", "half a mile"
        if (read.Words && read.Value == 0.5 && (_numbers.IsWord(start, "a") || _numbers.IsWord(start, "an"))
            && MatchUnit(start + 1, out var halfEnd, out var halfEntry) && halfEntry.Kind is UnitKind.Duration or UnitKind.Measure)
        {
            SetUnit(ref figure, halfEntry, halfEnd, read);
            return;
        }

        if (MatchUnit(start, out var end, out var entry) && entry.Kind != UnitKind.Scale)
        {
            if (end == start + 1 && !_numbers.Gap(start) && _numbers.Chars(start) is "m" && CountsMillions(end))
            {
                figure.Value *= 1e6;
                figure.Multiplier = 1e6;
                figure.End = end;
                ReadUnit(ref figure, read);
                return;
            }

            SetUnit(ref figure, entry, end, read);
            if (entry.Unit == "ft")
            {
                AddInches(ref figure);
            }

            if (entry.Kind == UnitKind.Duration)
            {
                if (_numbers.IsWord(figure.End, "old"))
                {
                    figure.End++;
                }
                else if (_numbers.IsWord(figure.End, "of") && _numbers.IsWord(figure.End + 1, "age"))
                {
                    figure.End += 2;
                }
            }
        }
    }

    // "5 ft 2 in", "6ft 1in", "5 feet and 2 inches": one height in feet.
    private void AddInches(ref FigureCandidate figure)
    {
        var j = _numbers.IsWord(figure.End, "and") ? figure.End + 1 : figure.End;
        NumberRead inches = _numbers.IsInteger(j) ? _numbers.ReadDigits(j)
            : _numbers.IsNumberWord(j, out _) ? _numbers.ReadWords(j) : default;
        if (inches.End <= j || inches.Value is < 0 or >= 12 || inches.End != j + 1)
        {
            return;
        }

        var unit = inches.End;
        if (_numbers.IsWord(unit, "in") || _numbers.IsWord(unit, "inch") || _numbers.IsWord(unit, "inches"))
        {
            figure.Value += inches.Value / 12;
            figure.End = unit + 1;
        }
    }

    // "2.3m viewers" counts millions; "1.8m tall" and "the 60m hurdles" measure metres.
    private bool CountsMillions(int next)
    {
        if (!_numbers.Has(next) || _pieces[next].Kind != PieceKind.Word || !char.IsLower(_text[_pieces[next].Start]))
        {
            return false;
        }

        return _numbers.Chars(next) is not ("tall" or "long" or "high" or "wide" or "deep" or "away" or "race" or "races"
            or "hurdles" or "sprint" or "freestyle" or "relay" or "dash" or "run" or "final" or "finals" or "title" or "record"
            or "event" or "mark" or "above" or "below" or "from" or "of" or "in" or "on" or "at" or "to" or "and" or "or"
            or "by" or "for" or "with" or "into" or "under" or "over" or "up" or "down" or "off" or "across" or "along"
            or "behind" or "ahead" or "per" or "the" or "a" or "an" or "is" or "was" or "are" or "were" or "deep" or "thick"
            or "square" or "cubic" or "radius" or "diameter" or "gold" or "silver" or "bronze" or "world" or "breaststroke"
            or "backstroke" or "butterfly" or "individual" or "medley" or "hurdle" or "heat" or "heats" or "semi" or "indoor"
            or "outdoor" or "champion" or "champions" or "winner" or "runner" or "time" or "times" or "personal" or "isn" or "wasn"
            or "aren" or "weren" or "has" or "had" or "will" or "would");
    }

    private static char ClosingBracket(char open) => open switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => '\0',
    };

    private void SetUnit(ref FigureCandidate figure, UnitEntry entry, int end, NumberRead read)
    {
        var unit = entry.Unit;
        var kind = entry.Kind;
        if (unit is null)
        {
            return;
        }

        figure.Unit = unit;
        figure.UnitKind = kind;
        figure.End = end;
        if (kind == UnitKind.Currency)
        {
            // "75 USD million"
            if (figure.Multiplier == 1 && _numbers.IsNumberWord(end, out var scale) && scale.Kind == NumberWordKind.Scale && !_numbers.Chars(end).EndsWith('s'))
            {
                figure.Value *= scale.Value;
                figure.Multiplier = scale.Value;
                figure.End = end + 1;
                return;
            }

            TryCents(ref figure);
        }
    }

    // Longest unit at piece i: up to four pieces as written ("degrees celsius", "km/h", "miles an hour").
    private bool MatchUnit(int i, out int end, out UnitEntry entry)
    {
        end = i;
        entry = default;
        if (!_numbers.Has(i) || _pieces[i].Kind == PieceKind.Digits || !UnitLexicon.MayStartUnit(_numbers.Chars(i)))
        {
            return false;
        }

        Span<char> key = stackalloc char[48];
        var found = false;
        for (var n = Math.Min(UnitLexicon.MaxPieces, _pieces.Count - i); n >= 1; n--)
        {
            // "km2" may end in a digit written against it, never in a number of its own.
            if (_pieces[i + n - 1].Kind == PieceKind.Digits && (n == 1 || _numbers.Gap(i + n - 1)))
            {
                continue;
            }

            var length = Join(i, i + n, key);
            if (length < 0)
            {
                continue;
            }

            if (UnitLexicon.TryGet(key[..length], out var candidate))
            {
                if (candidate.Attached && _numbers.Gap(i))
                {
                    continue;
                }

                // A unit word must end where a word ends: "5 mini" is not "5 min" + "i".
                if (_numbers.Has(i + n) && !_numbers.Gap(i + n) && _pieces[i + n].Kind == PieceKind.Word
                    && _pieces[i + n - 1].Kind == PieceKind.Word)
                {
                    continue;
                }

                end = i + n;
                entry = candidate;
                found = true;
                break;
            }
        }

        if (found && IsPounds(_numbers.Chars(i)) && end == i + 1)
        {
            entry = PoundsMeaning(i);
        }

        return found;
    }
}
