namespace NewsAnalysis.Analysis.Figures;

/// <summary>The words and signs around a number that bound or soften it ("more than", "or more", "&gt;=").</summary>
internal sealed partial class FigureReader
{
    private bool QualifierBefore(int first, out int qualifierFirst, out string qualifier)
    {
        qualifierFirst = -1;
        qualifier = string.Empty;
        if (ComparisonSignBefore(first, out qualifierFirst, out qualifier))
        {
            return true;
        }

        var last = _numbers.IsSymbol(first - 1, '.') ? first - 2 : first - 1;
        if (last < _taken || _pieces[last].Kind != PieceKind.Word || !Qualifiers.MayEndWith(_numbers.Chars(last)))
        {
            return false;
        }
        Span<char> key = stackalloc char[40];
        for (var n = Math.Min(Qualifiers.MaxWords, first - _taken); n >= 1; n--)
        {
            var from = first - n;
            var allWords = true;
            for (var k = from; k < first; k++)
            {
                if (_pieces[k].Kind != PieceKind.Word && !(_numbers.IsSymbol(k, '.') && k == first - 1))
                {
                    allWords = false;
                    break;
                }
            }

            if (!allWords)
            {
                continue;
            }

            var length = Join(from, first, key);
            if (length > 0 && Qualifiers.TryGet(key[..length], out var q) && !IsAboutOver(from, first))
            {
                qualifierFirst = from;
                qualifier = q;
                return true;
            }
        }

        return false;
    }

    // "loses appeal over €2.4bn fine", "a row over £5m": "over" after a dispute says what it is about, not "more than".
    private bool IsAboutOver(int from, int first) =>
        first - from == 1 && _numbers.IsWord(from, "over") && from - 1 >= 0 && _pieces[from - 1].Kind == PieceKind.Word
        && DisputeWords.Contains(_numbers.Chars(from - 1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DisputeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "appeal", "row", "rows", "dispute", "disputes", "fight", "battle", "clash", "clashes", "probe", "inquiry", "lawsuit",
        "case", "anger", "fury", "fears", "concerns", "concern", "talks", "warning", "criticism", "protest", "protests",
        "strike", "strikes", "split", "tension", "tensions", "standoff", "showdown", "sued", "sues", "fined", "jailed",
        "charged", "quits", "resigns", "sacked", "criticised", "criticized", "questioned", "pressure", "scrutiny", "outrage",
        "uproar", "deal", "bid", "wrangle", "feud",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // ">30", ">= 30", "< = 100"; not "<>30", "=>30" nor an arrow "->30".
    private bool ComparisonSignBefore(int first, out int signFirst, out string qualifier)
    {
        signFirst = -1;
        qualifier = string.Empty;
        var p = first - 1;
        var orEqual = _numbers.IsSymbol(p, '=');
        if (orEqual)
        {
            p--;
        }

        var over = _numbers.IsSymbol(p, '>');
        if (p < _taken || (!over && !_numbers.IsSymbol(p, '<')))
        {
            return false;
        }

        if (p > 0 && !_numbers.Gap(p) && _pieces[p - 1].Kind == PieceKind.Symbol && _text[_pieces[p - 1].Start] is '<' or '>' or '=' or '-')
        {
            return false;
        }

        signFirst = p;
        qualifier = orEqual ? (over ? Qualifiers.AtLeast : Qualifiers.AtMost) : (over ? Qualifiers.Over : Qualifiers.Under);
        return true;
    }

    // "28,000 or more", "50 or so", "10,000-plus"
    private void QualifierAfter(ref FigureCandidate figure)
    {
        var end = figure.End;
        string? q = null;
        var after = end + 2;
        if (_numbers.IsWord(end, "or") && _numbers.Has(end + 1) && !_numbers.IsDigits(end + 2))
        {
            q = _numbers.Chars(end + 1) switch
            {
                "more" or "greater" or "higher" or "above" or "over" => Qualifiers.AtLeast,
                "so" => Qualifiers.About,
                "less" or "fewer" or "lower" or "below" or "under" => Qualifiers.AtMost,
                _ => null,
            };
        }
        else if (_numbers.IsWord(end, "and") && _numbers.Has(end + 1) && !_numbers.IsDigits(end + 2) && !_numbers.IsNumberWord(end + 2, out _)
                 && !_numbers.IsWord(end + 2, "than") && (!_numbers.Has(end + 2) || _pieces[end + 2].Kind == PieceKind.Symbol
                     || _numbers.Chars(end + 2) is "in" or "of" or "at" or "on" or "for"))
        {
            // "500 and above", "five hundred and more in these products"
            q = _numbers.Chars(end + 1) switch
            {
                "more" or "above" or "over" => Qualifiers.AtLeast,
                "below" or "under" => Qualifiers.AtMost,
                _ => null,
            };
        }
        else if (_numbers.IsHyphen(end) && !_numbers.Gap(end) && _numbers.IsWord(end + 1, "plus"))
        {
            q = Qualifiers.Over;
        }

        // A bound after the number outweighs an approximation before it: "about 500 or more" is at least 500.
        if (q is not null && (figure.Qualifier is null || (figure.Qualifier is Qualifiers.About or Qualifiers.Nearly && q != Qualifiers.About)))
        {
            figure.Qualifier = q;
            figure.QualifierFirst = -1;
            figure.QualifierEnd = after;
        }
    }
}
