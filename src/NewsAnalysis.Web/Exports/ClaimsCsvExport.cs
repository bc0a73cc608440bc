using System.Globalization;
using CsvHelper;
using NewsAnalysis.Data;

namespace NewsAnalysis.Web.Exports;

/// <summary>An article's claims as CSV (RFC 4180); cells that a spreadsheet would run as a formula are escaped.</summary>
public static class ClaimsCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Header =
    [
        "article_id", "claim_id", "key", "start", "end", "text", "attribution_kind", "source", "cue", "check_worthiness", "flag_status", "flagged_at",
    ];

    public static async Task WriteAsync(TextWriter output, StoredAnalysis stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };
        await using var csv = CsvWriter.Create(output, options, true);
        await csv.WriteRecordAsync(Header);
        foreach (var c in stored.Claims)
        {
            await csv.WriteRecordAsync(
            [
                c.ArticleId.ToString(CultureInfo.InvariantCulture),
                c.Id.ToString(CultureInfo.InvariantCulture),
                c.Key,
                c.Start.ToString(CultureInfo.InvariantCulture),
                c.End.ToString(CultureInfo.InvariantCulture),
                c.Text,
                SnakeCaseEnum.ToText(c.AttributionKind),
                c.SourceText ?? string.Empty,
                c.CueText ?? string.Empty,
                Math.Round(c.CheckWorthiness, 4).ToString("R", CultureInfo.InvariantCulture),
                c.FlagStatus is { } status ? SnakeCaseEnum.ToText(status) : string.Empty,
                c.FlaggedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
            ]);
        }

        await csv.FlushAsync();
    }
}
