namespace NewsAnalysis.Analysis.Figures;

/// <summary>The numbers that are not figures: dates, times, scores, codes, phone numbers, ranks and names.</summary>
internal sealed partial class FigureReader
{
    private bool MinusContext(int minus)
    {
        if (minus == 0)
        {
            return true;
        }

        var before = _text[_pieces[minus].Start - 1];
        if (!char.IsWhiteSpace(before) && before is not ('(' or '[' or '=' or ':'))
        {
            return false;
        }

        // "10 - 20" is a range and "fifty - two" a compound, not a negative number; "jobs - 17% of staff" is a dash.
        var previous = minus - 1;
        return !_numbers.IsDigits(previous) && !_numbers.IsNumberWord(previous, out _)
            && (!_numbers.Gap(minus + 1) || IsClauseStart(minus));
    }

    // Skips the digits and whatever is glued to them, so the rest of a code is not read as a figure.
    private int SkipNumberRun(int i)
    {
        var j = i + 1;
        while (_numbers.Has(j) && !_numbers.Gap(j) && _pieces[j].Kind != PieceKind.Symbol)
        {
            j++;
        }

        while (_numbers.Has(j + 1) && !_numbers.Gap(j) && !_numbers.Gap(j + 1) && _pieces[j].Kind == PieceKind.Symbol
               && _text[_pieces[j].Start] is '-' or ':' or '/' or '.' && _numbers.IsDigits(j + 1))
        {
            j += 2;
        }

        return j;
    }

    // "+44 20 7946 0958", "+1 (555) 010-9999": every group after the plus sign.
    private int SkipPhoneNumber(int i)
    {
        var j = i;
        while (_numbers.Has(j) && (_numbers.IsInteger(j) || (_numbers.IsHyphen(j) || _numbers.IsSymbol(j, '(') || _numbers.IsSymbol(j, ')'))
                                   && _numbers.IsInteger(j + 1 + (_numbers.IsSymbol(j + 1, '(') ? 1 : 0))))
        {
            j++;
        }

        return Math.Max(j, i + 1);
    }

    private bool IsHyphenChain(int i) =>
        _numbers.IsHyphen(i + 1) && !_numbers.Gap(i + 1) && _numbers.IsDigits(i + 2) && !_numbers.Gap(i + 2)
        && ((_numbers.IsHyphen(i + 3) && !_numbers.Gap(i + 3) && _numbers.IsDigits(i + 4) && !_numbers.Gap(i + 4))
            || (_numbers.Chars(i).Length == 4 && _numbers.IsInteger(i) && _numbers.DigitsValue(i) is >= 1800 and <= 2100
                && _numbers.Chars(i + 2).Length <= 2 && !(_numbers.Has(i + 3) && !_numbers.Gap(i + 3) && _pieces[i + 3].Kind == PieceKind.Word)));

    // "5/1/2024", "12/25"
    private bool IsSlashDate(int i) =>
        _numbers.IsSymbol(i + 1, '/') && !_numbers.Gap(i + 1) && _numbers.IsInteger(i + 2) && !_numbers.Gap(i + 2)
        && (_numbers.IsSymbol(i + 3, '/') && !_numbers.Gap(i + 3) || _numbers.DigitsValue(i) > _numbers.DigitsValue(i + 2) * 10);

    private bool IsPhonePair(int i) =>
        _numbers.IsInteger(i) && _numbers.Chars(i).Length == 3 && _numbers.IsHyphen(i + 1) && !_numbers.Gap(i + 1)
        && _numbers.IsInteger(i + 2) && !_numbers.Gap(i + 2) && _numbers.Chars(i + 2).Length == 4;

    private bool IsClockTime(int end)
    {
        if (!_numbers.Has(end) || _pieces[end].Kind != PieceKind.Word)
        {
            return false;
        }

        var w = _numbers.Chars(end);
        if (DateWords.IsClock(w) && !(w is "o" && !_numbers.IsSymbol(end + 1, '\'') && !_numbers.IsSymbol(end + 1, '’')))
        {
            return true;
        }

        // "3 p.m.", "10 a.m."
        return w is "a" or "p" or "A" or "P" && _numbers.IsSymbol(end + 1, '.') && !_numbers.Gap(end + 1)
            && _numbers.IsWord(end + 2, "m") && !_numbers.Gap(end + 2);
    }

    private bool IsDate(int i, NumberRead read)
    {
        var integer = _numbers.IsInteger(i) && read.End == i + 1;
        if (!integer)
        {
            return false;
        }

        var value = Math.Abs(read.Value);
        var hasUnit = HasUnitAt(read.End);
        if (value is >= 1000 and <= 2100 && _numbers.Chars(i).Length == 4 && !hasUnit && !HasCurrencyBefore(i) && !HasQualifierBefore(i)
            && !_numbers.IsWord(read.End, "over") && !RangesOverCounts(i, read.End))
        {
            return true;
        }

        if (value is < 1 or > 31)
        {
            return false;
        }

        // "Jan. 5", "May 4", "oct . 13"
        var p = i - 1;
        if (_numbers.IsSymbol(p, '.'))
        {
            p--;
        }

        if (_numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && DateWords.IsMonth(_numbers.Chars(p)))
        {
            return true;
        }

        // "5 January", "1 may", "5-6 March"
        var n = read.End;
        if (_numbers.IsHyphen(n) && _numbers.IsInteger(n + 1) && _numbers.DigitsValue(n + 1) <= 31)
        {
            n += 2;
        }

        if (_numbers.IsWord(n, "of"))
        {
            n++;
        }

        return _numbers.Has(n) && _pieces[n].Kind == PieceKind.Word && DateWords.IsMonth(_numbers.Chars(n))
            && !(_numbers.Chars(n) is "may" or "march" or "mar" && _numbers.Has(n + 1) && _pieces[n + 1].Kind == PieceKind.Word
                 && !char.IsUpper(_text[_pieces[n].Start]) && !IsYear(n + 1));
    }

    // "1000-5000", "500 to 1000": the other end of the range is no year, so neither is this one.
    private bool RangesOverCounts(int i, int end)
    {
        // "in 2004 to 789m euros" is still a year.
        if (_numbers.IsWord(i - 1, "in") || _numbers.IsWord(i - 1, "since") || _numbers.IsWord(i - 1, "by") || (_numbers.Has(end + 2) && !_numbers.Gap(end + 2)))
        {
            return false;
        }

        if ((_numbers.IsHyphen(end) || _numbers.IsWord(end, "to")) && _numbers.IsInteger(end + 1)
            && _numbers.DigitsValue(end + 1) is var high && (high > 2100 || (high < 1000 && _numbers.Chars(end + 1).Length > 2)))
        {
            return true;
        }

        return (_numbers.IsHyphen(i - 1) || _numbers.IsWord(i - 1, "to") || _numbers.IsWord(i - 1, "and")) && _numbers.IsInteger(i - 2)
            && _numbers.DigitsValue(i - 2) < 1000 && _numbers.Chars(i - 2).Length > 1 && !_numbers.IsSymbol(i - 3, '\'');
    }

    private bool IsYear(int i) => _numbers.IsInteger(i) && _numbers.Chars(i).Length == 4;

    // "1. Introduction" or "2 ) cautions" at the start of a line or after a semicolon.
    private bool IsEnumerator(int first, int end)
    {
        if (!(_numbers.IsSymbol(end, '.') || _numbers.IsSymbol(end, ')')) || !_numbers.Has(end + 1) || _pieces[end + 1].Kind != PieceKind.Word)
        {
            return false;
        }

        if (_numbers.IsSymbol(end, '.') && _numbers.Gap(end))
        {
            return false;
        }

        return first == 0 || IsLineStart(first) || _numbers.IsSymbol(first - 1, ';');
    }

    private bool IsLineStart(int i)
    {
        for (var k = _pieces[i].Start - 1; k >= 0; k--)
        {
            var c = _text[k];
            if (c == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsClauseStart(int i) =>
        i == 0 || IsLineStart(i) || (_pieces[i - 1].Kind == PieceKind.Symbol && _text[_pieces[i - 1].Start] is '.' or '!' or '?' or '"' or '“' or ':' or '(' or ';');

    // Headlines in capitals ("DEATH TOLL RISES TO FIVE THOUSAND") keep their numbers.
    private bool IsAllCapsRun(int i)
    {
        var w = _numbers.Chars(i);
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechAfterOne = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "described", "admitted", "wrote", "explained", "recalled", "claimed", "warned",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The word before "one" that makes it a pronoun ("no one", "each one"); "the only one" is one too, but "only one in
    // five services" and "only one person" count.
    private bool IsPronounOne(int p) =>
        _numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && DateWords.MakesOnePronoun(_numbers.Chars(p))
        && (!_numbers.IsWord(p, "only") || IsPronounOne(p - 1));

    // "Boeing 747", "Apollo 11", "Formula One": a capitalised word (not opening a sentence) before the number.
    private bool IsPartOfName(int first)
    {
        var p = first - 1;
        if (!_numbers.Has(p) || _pieces[p].Kind != PieceKind.Word)
        {
            return false;
        }

        var w = _numbers.Chars(p);
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[1]) || DateWords.IsNotName(w) || DateWords.IsMonth(w))
        {
            return false;
        }

        if (Qualifiers.TryGet(w, out _) || UnitLexicon.TryGetPrefix(w, out _) || NumberWords.TryGet(w, out _))
        {
            return false;
        }

        return !IsClauseStart(p);
    }

    // "the S&P 500", "the FTSE 100", "the CAC 40": a market index, named with its count of shares.
    private bool IsIndexName(int first)
    {
        var p = first - 1;
        if (!_numbers.Has(p) || _pieces[p].Kind != PieceKind.Word)
        {
            return false;
        }

        var w = _numbers.Chars(p);
        return w is "FTSE" or "CAC" or "DAX" or "ASX" or "TSX" or "IBEX" or "MSCI" or "KOSPI" or "Stoxx" or "STOXX"
            || (w is "P" && p >= 2 && _numbers.IsSymbol(p - 1, '&') && _numbers.Chars(p - 2) is "S");
    }

    // "call 101", "dial 999": a number to ring, not a figure.
    private bool IsNumberToCall(int first, int end)
    {
        var p = first - 1;
        var digits = _numbers.Chars(first);
        return _numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && _numbers.Chars(p) is "call" or "dial" or "ring" or "calling" or "dialling" or "Call" or "Dial" or "Ring"
            && end == first + 1 && _numbers.IsInteger(first) && digits.Length is 3 or 4 && !digits.Contains(',')
            && !(_numbers.Has(end) && _pieces[end].Kind == PieceKind.Word && _numbers.Chars(end) is not ("or" or "and" or "quoting" or "for" or "to" or "if" or "in"));
    }

    // "No. 10", "no . 1", "number 7", "nrs. 22"
    private bool IsAfterNumberSign(int first)
    {
        var p = first - 1;
        if (_numbers.IsSymbol(p, '.'))
        {
            p--;
            return _numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && _numbers.Chars(p) is "No" or "no" or "Nos" or "nos" or "Vol" or "vol" or "p" or "pp" or "art" or "Art" or "ch" or "Ch" or "Fig" or "fig";
        }

        return _numbers.IsWord(p, "number") || _numbers.IsSymbol(p, '#') || _numbers.IsWord(p, "page") || _numbers.IsWord(p, "chapter");
    }

    private bool WordNumberStands(int i, NumberRead read)
    {
        // "high-five", "Catch-22" style compounds.
        if (IsPartOfName(i) || (i > 1 && _numbers.IsHyphen(i - 1) && !_numbers.Gap(i) && !_numbers.Gap(i - 1) && _pieces[i - 2].Kind == PieceKind.Word
                      && !_numbers.IsNumberWord(i - 2, out _)))
        {
            return false;
        }

        // A capitalised number word inside a sentence names something: "the Six Nations", "Sky One".
        var firstChar = _text[_pieces[i].Start];
        if (char.IsUpper(firstChar) && !IsClauseStart(i) && !(i > 0 && IsAllCapsRun(i)))
        {
            return false;
        }

        var single = read.End == i + 1;
        var p = i - 1;

        // "number one single", "reached number six": a chart place.
        if (_numbers.IsWord(p, "number") && char.IsLower(_text[_pieces[p].Start]))
        {
            return false;
        }

        // "the second half", "half-time", "half-brother"
        if (single && _numbers.IsNumberWord(i, out var w) && w.Kind == NumberWordKind.Half)
        {
            if (_numbers.Has(p) && _pieces[p].Kind == PieceKind.Word
                && (_numbers.IsNumberWord(p, out var before) && before.Kind == NumberWordKind.Ordinal
                    || _numbers.Chars(p) is "the" or "The" or "this" or "that" or "other" or "its" or "his" or "her" or "their" or "a" or "better" or "latter" or "each"))
            {
                return false;
            }

            // "a first-half header", "a second-half goal": which half of a match.
            if (_numbers.IsHyphen(p) && !_numbers.Gap(i) && _numbers.IsNumberWord(p - 1, out var ordinal) && ordinal.Kind == NumberWordKind.Ordinal)
            {
                return false;
            }

            return !(_numbers.IsHyphen(read.End) && !_numbers.Gap(read.End));
        }

        // "no one", "the one", "one another"; but "found that one in five parents" is a share.
        if (single && _numbers.IsWord(i, "one"))
        {
            if (IsPronounOne(p) && !(_numbers.IsWord(p, "that") && _numbers.IsWord(read.End, "in") && _numbers.IsNumberWord(read.End + 1, out _)))
            {
                return false;
            }

            // "one of the most influential" ranks, it does not count.
            if (_numbers.IsWord(read.End, "of") && _numbers.IsWord(read.End + 1, "the") && _numbers.Has(read.End + 2)
                && (_numbers.IsWord(read.End + 2, "most") || _numbers.IsWord(read.End + 2, "best") || _numbers.IsWord(read.End + 2, "worst")
                    || _numbers.Chars(read.End + 2).EndsWith("est", StringComparison.Ordinal)))
            {
                return false;
            }

            if (_numbers.IsWord(read.End, "another") || _numbers.IsWord(read.End, "'s") || _numbers.IsSymbol(read.End, '\'') || _numbers.IsSymbol(read.End, '’'))
            {
                return false;
            }

            // "rather than a revolutionary one": a thing said again after its adjective, not a count.
            if (_numbers.Has(p) && _pieces[p].Kind == PieceKind.Word && _numbers.Has(p - 1) && _pieces[p - 1].Kind == PieceKind.Word
                && (_numbers.IsWord(p - 1, "a") || _numbers.IsWord(p - 1, "an")) && char.IsLower(_numbers.Chars(p)[0])
                && !_numbers.IsNumberWord(p, out _) && !Qualifiers.TryGet(_numbers.Chars(p), out _)
                && !(_numbers.IsHyphen(read.End) && !_numbers.Gap(read.End))
                && !(_numbers.Has(read.End) && _pieces[read.End].Kind == PieceKind.Word && UnitLexicon.TryGet(_numbers.Chars(read.End), out _)))
            {
                return false;
            }

            // "One told the BBC it was the wrong call": one of the speakers just named, not a count.
            if (_numbers.Has(read.End) && _pieces[read.End].Kind == PieceKind.Word && SpeechAfterOne.Contains(_numbers.Chars(read.End)))
            {
                return false;
            }
        }

        // "three-nought-four" and "two-state": a word number glued to a word by a hyphen is a compound, unless a unit.
        if (_numbers.IsHyphen(read.End) && !_numbers.Gap(read.End) && _numbers.Has(read.End + 1) && !_numbers.Gap(read.End + 1)
            && _pieces[read.End + 1].Kind == PieceKind.Word && !UnitLexicon.TryGet(_numbers.Chars(read.End + 1), out _)
            && !_numbers.IsNumberWord(read.End + 1, out _))
        {
            return false;
        }

        return true;
    }
}
