using System.Globalization;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Pages;

/// <summary>How the newsroom's values read on a page: "needs checking", "1,200", "45%", "USD 3.5 million".</summary>
public static class Display
{
    public static string Of(AttributionKind kind) => SnakeCaseEnum.ToText(kind);

    public static string Of(ActorKind kind) => SnakeCaseEnum.ToText(kind);

    public static string Of(FlagStatus status) => SnakeCaseEnum.ToText(status).Replace('_', ' ');

    public static string Of(FlagStatus? status) => status is { } value ? Of(value) : "not flagged";

    public static string Number(double value) => Math.Abs(value) >= 1e15
        ? value.ToString("G6", CultureInfo.InvariantCulture)
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Value(double value, string? unit) => unit switch
    {
        null or "" => Number(value),
        "%" => Number(value) + "%",
        { Length: 3 } code when code.All(char.IsAsciiLetterUpper) => code + " " + Number(value),
        _ => Number(value) + " " + unit,
    };

    public static string Percent(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A stored source URL worth a link: absolute http(s) only, so an imported "javascript:" URL never becomes one.</summary>
    public static Uri? Link(string? url) => WebLink.Parse(url);

    public static string Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A measure as grouped across articles: lower case, single spaces ("Death  toll" and "death toll" are one).</summary>
    public static string MeasureKey(string measure) =>
        string.Join(' ', measure.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
