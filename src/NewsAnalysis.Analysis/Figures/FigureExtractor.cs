using System.Globalization;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>
/// Finds the quantities a document states and normalises them: counts, percentages, money and measurements, with
/// their qualifier ("over 28,000") and what they count ("casualties"). Dates, times, ranks and numbers inside names
/// are not figures. A range ("between 10 and 20", "10-20") gives two figures: "at least" the first, "at most" the
/// second, sharing unit, scale and measure.
/// <para>
/// The span: a bound written around a bare count is part of how the count is stated, so it is in the span ("over
/// 28,000", "up to 700", "500 or more"). An amount with a unit is the amount as written ("$ 247 million" in "more
/// than $ 247 million", "5 km", "15%"), and an approximation ("about", "nearly", "or so") never is part of the
/// number. Either way the word is still reported in <see cref="Figure.Qualifier"/>.
/// </para>
/// </summary>
public sealed class FigureExtractor
{
    // Figures come back without ClaimId; the pipeline links them.
    public IReadOnlyList<Figure> Extract(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document.Text);
    }

    internal List<Figure> Extract(string text)
    {
        var pieces = PieceScanner.Scan(text);
        var reader = new FigureReader(text, pieces);
        var candidates = reader.ReadAll();
        DropScores(candidates, reader.Numbers, pieces, text);
        LinkRanges(candidates, reader.Numbers);
        var measures = new MeasureFinder(text, pieces, reader.Numbers);
        var figures = new List<Figure>(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            c.Measure ??= measures.Find(c);
            candidates[k] = c;
        }

        // The low end of a range counts what the high end counts: "10 to 20 people".
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Qualifier is Qualifiers.AtLeast or Qualifiers.About or Qualifiers.Nearly && c.Measure is null
                && candidates[k + 1].Qualifier == Qualifiers.AtMost)
            {
                c.Measure = candidates[k + 1].Measure;
                candidates[k] = c;
            }
        }

        foreach (var c in candidates)
        {
            var bounds = c.Unit is null && c.Qualifier is not (null or Qualifiers.About or Qualifiers.Nearly);
            var first = bounds ? c.SpanFirst : c.First;
            var end = bounds ? c.SpanEnd : c.End;
            var span = new Span(pieces[first].Start, pieces[end - 1].End);
            figures.Add(new Figure(
                "f" + (figures.Count + 1).ToString(CultureInfo.InvariantCulture),
                span,
                span.Of(text),
                Clean(c.Value),
                c.Unit,
                c.Measure,
                c.Qualifier,
                null));
        }

        return figures;
    }

    // 1.2 * 1e9 is 1200000000.0000002 in binary; report what was written.
    // A whole number below 10^15 prints in at most 15 digits, so it comes back unchanged: no string for it.
    private static double Clean(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value)
            ? value
            : double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    // "won 2-1", "6-3 6-1", "7-6 (7-3)": a pair of bare integers joined by a hyphen is a score unless it reads as a
    // range of something ("10-15 people", "10-15%").
    private static void DropScores(List<FigureCandidate> candidates, NumberReader numbers, List<Piece> pieces, string text)
    {
        var keep = new bool[candidates.Count];
        Array.Fill(keep, true);
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var a = candidates[k];
            var b = candidates[k + 1];
            if (b.First != a.End + 1 || !numbers.IsHyphen(a.End) || numbers.Gap(a.End) || numbers.Gap(b.First)
                || a.End - a.First != 1 || b.End - b.First != 1 || !numbers.IsInteger(a.First) || !numbers.IsInteger(b.First)
                || a.Qualifier is not null || b.Unit is not null || a.Value > 200 || b.Value > 200)
            {
                continue;
            }

            var after = b.End;
            var rangeOfSomething = b.Value > a.Value && numbers.Has(after) && pieces[after].Kind == PieceKind.Word
                                   && char.IsLower(text[pieces[after].Start]) && !IsScoreWord(numbers.Chars(after));
            if (!rangeOfSomething)
            {
                keep[k] = false;
                keep[k + 1] = false;
            }
        }

        var write = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            if (keep[k])
            {
                candidates[write++] = candidates[k];
            }
        }

        candidates.RemoveRange(write, candidates.Count - write);
    }

    private static bool IsScoreWord(ReadOnlySpan<char> word) =>
        word is "win" or "victory" or "defeat" or "loss" or "draw" or "lead" or "scoreline" or "home" or "away" or "at"
            or "to" or "in" or "on" or "with" or "and" or "after" or "before" or "against" or "over" or "up" or "down"
            or "thrashing" or "drubbing" or "triumph" or "success" or "aggregate" or "the" or "a" or "for";

    // "Oil fell $1.20 to $64.50", "net income rose by 400m euros to 2.5bn euros": a change and the level it reached,
    // not a range; but "by 25 to 30 seats" is one.
    private static bool IsMove(NumberReader numbers, int i, double ratio) =>
        numbers.Has(i) && ((numbers.IsWord(i, "by") && ratio >= 2) || numbers.IsWord(i, "up") || numbers.IsWord(i, "down")
            || numbers.Chars(i) is "fell" or "rose" or "lost" or "shed" or "gained" or "grew" or "sank" or "slid" or "slipped" or "jumped"
                or "added" or "climbed" or "dropped" or "increased" or "decreased" or "declined" or "surged" or "soared" or "tumbled"
                or "plunged" or "edged" or "eased" or "rallied" or "advanced" or "retreated" or "rises" or "falls");

    private static void ShareScale(ref FigureCandidate low, FigureCandidate high)
    {
        if (low.Multiplier == 1 && high.Multiplier > 1 && low.Value < high.Written)
        {
            low.Value *= high.Multiplier;
            low.Multiplier = high.Multiplier;
        }
    }

    private static void LinkRanges(List<FigureCandidate> candidates, NumberReader numbers)
    {
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var low = candidates[k];
            var high = candidates[k + 1];
            // "some 10-20 homes": a softened low end still opens a range, and keeps its "about".
            if (low.Qualifier is not (null or Qualifiers.About or Qualifiers.Nearly) || high.Qualifier is not null || high.Value <= low.Written
                || (low.Unit is not null && low.Unit != high.Unit))
            {
                continue;
            }

            var gap = high.SpanFirst - low.SpanEnd;
            var between = low.SpanEnd;
            var isRange = gap == 1 && (numbers.IsHyphen(between)
                                       || numbers.IsWord(between, "to") && !numbers.IsWord(low.SpanFirst - 1, "from") && !IsMove(numbers, low.SpanFirst - 1, high.Value / low.Value)
                                       || numbers.IsWord(between, "and") && numbers.IsWord(low.SpanFirst - 1, "between"));
            // "rose from $5 to $7 million": a move, not a range, but the scale is said once for both.
            if (!isRange && gap == 1 && numbers.IsWord(between, "to") && numbers.IsWord(low.SpanFirst - 1, "from"))
            {
                if (low.Unit is null && high.Unit is not null)
                {
                    low.Unit = high.Unit;
                    low.UnitKind = high.UnitKind;
                }

                ShareScale(ref low, high);
                candidates[k] = low;
                continue;
            }

            // "Nearly two thirds - 65% - of": a spaced dash after a softened figure sets off an aside, not a range.
            if (!isRange || (low.Qualifier is not null && numbers.IsHyphen(between) && (numbers.Gap(between) || numbers.Gap(between + 1))))
            {
                continue;
            }

            if (low.Unit is null && high.Unit is not null)
            {
                low.Unit = high.Unit;
                low.UnitKind = high.UnitKind;
            }

            ShareScale(ref low, high);

            low.Qualifier ??= Qualifiers.AtLeast;
            high.Qualifier = Qualifiers.AtMost;
            candidates[k] = low;
            candidates[k + 1] = high;
            k++;
        }
    }
}
