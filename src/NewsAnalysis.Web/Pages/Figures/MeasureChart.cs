using System.Globalization;

namespace NewsAnalysis.Web.Pages.Figures;

/// <summary>
/// A server-drawn SVG chart of one measure in one unit over published days: a point per figure, and a line through
/// each day's median so a reader sees the trend without one outlier pulling it.
/// </summary>
public sealed class MeasureChart
{
    public const int Width = 720;
    public const int Height = 260;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 14;
    private const int Bottom = 30;

    public sealed record Point(string X, string Y, MeasureFigure Figure);

    public sealed record Tick(string Position, string Label);

    public required string Unit { get; init; }

    public required IReadOnlyList<Point> Points { get; init; }

    /// <summary>The SVG polyline points of the daily medians.</summary>
    public required string Trend { get; init; }

    public required IReadOnlyList<Tick> XTicks { get; init; }

    public required IReadOnlyList<Tick> YTicks { get; init; }

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static MeasureChart Draw(string? unit, IReadOnlyList<MeasureFigure> figures)
    {
        ArgumentOutOfRangeException.ThrowIfZero(figures.Count);
        var firstDay = figures.Min(f => f.Day).DayNumber;
        var lastDay = figures.Max(f => f.Day).DayNumber;
        var days = Math.Max(1, lastDay - firstDay);
        var min = Math.Min(0, figures.Min(f => f.Value));
        var max = NiceCeiling(Math.Max(figures.Max(f => f.Value), min + 1));
        double X(DateOnly day) => lastDay == firstDay
            ? Left + ((Width - Left - Right) / 2.0)
            : Left + ((day.DayNumber - firstDay) * (Width - Left - Right) / (double)days);
        double Y(double value) => Top + ((max - value) * (Height - Top - Bottom) / (max - min));

        var trend = figures
            .GroupBy(f => f.Day)
            .OrderBy(g => g.Key)
            .Select(g => Coordinate(X(g.Key)) + "," + Coordinate(Y(Median(g.Select(f => f.Value)))));
        var yTicks = Enumerable.Range(0, 5)
            .Select(i => min + ((max - min) * i / 4))
            .Select(v => new Tick(Coordinate(Y(v)), Display.Number(v)))
            .ToList();
        var xTicks = new List<Tick> { new(Coordinate(X(DateOnly.FromDayNumber(firstDay))), DayLabel(firstDay)) };
        if (lastDay != firstDay)
        {
            xTicks.Add(new Tick(Coordinate(X(DateOnly.FromDayNumber(lastDay))), DayLabel(lastDay)));
        }

        return new MeasureChart
        {
            Unit = unit ?? "",
            Points = figures.Select(f => new Point(Coordinate(X(f.Day)), Coordinate(Y(f.Value)), f)).ToList(),
            Trend = string.Join(' ', trend),
            XTicks = xTicks,
            YTicks = yTicks,
        };
    }

    public static int PlotLeft => Left;

    public static int PlotBottom => Height - Bottom;

    public static int PlotRight => Width - Right;

    public static int PlotTop => Top;

    private static string DayLabel(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // 1, 2 or 5 times a power of ten: axis labels a reader can take in at a glance.
    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
