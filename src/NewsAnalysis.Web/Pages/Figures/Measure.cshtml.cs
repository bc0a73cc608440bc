using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;

// Measure.ToLower() runs in SQL as lower(measure), the expression ix_figures_measure_key indexes; the culture-aware and
// comparison-taking overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862

namespace NewsAnalysis.Web.Pages.Figures;

/// <summary>One measure across articles over time, as a chart per unit, with the figures that disagree pointed out.</summary>
public sealed class MeasureModel(NewsDbContext db) : PageModel
{
    private const int Limit = 2000;

    /// <summary>Small numbers ("two killed", "three injured") repeat across measures by chance; only larger ones are telling.</summary>
    public const double SameValueThreshold = 100;

    [BindProperty(SupportsGet = true, Name = "m")]
    public string? MeasureName { get; set; }

    public IReadOnlyList<MeasureFigure> Figures { get; private set; } = [];

    public IReadOnlyList<MeasureChart> Charts { get; private set; } = [];

    public IReadOnlyList<Inconsistency> Inconsistencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(MeasureName))
        {
            return RedirectToPage("/Figures/Index");
        }

        var key = Display.MeasureKey(MeasureName);
        MeasureName = key;
        Figures = await db.Figures
            .Where(f => f.Measure != null && f.Measure.ToLower() == key)
            .OrderBy(f => f.Article.PublishedAt ?? f.Article.ImportedAt).ThenBy(f => f.ArticleId).ThenBy(f => f.Start)
            .Select(f => new MeasureFigure(
                f.ArticleId, f.Article.Title, f.Article.SourceName, f.Article.PublishedAt ?? f.Article.ImportedAt,
                f.Key, f.Text, f.Value, f.Unit, f.Measure!, f.Qualifier))
            .Take(Limit)
            .ToListAsync(cancellationToken);
        Charts = Figures
            .GroupBy(f => f.Unit ?? "")
            .OrderByDescending(g => g.Count())
            .Select(g => MeasureChart.Draw(g.Key, g.ToList()))
            .ToList();
        Inconsistencies = [.. DifferentValuesSameDay(Figures), .. await SameValueOtherMeasuresAsync(key, cancellationToken)];
        return Page();
    }

    /// <summary>(b) Different numbers for this measure on one published day (in the same unit).</summary>
    public static IEnumerable<Inconsistency> DifferentValuesSameDay(IEnumerable<MeasureFigure> figures) =>
        figures
            .GroupBy(f => (f.Day, f.Unit))
            .Where(g => g.Select(f => f.Value).Distinct().Count() > 1)
            .OrderBy(g => g.Key.Day)
            .Select(g => new Inconsistency(
                InconsistencyKind.DifferentValuesSameDay,
                $"{g.Key.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: "
                    + string.Join(" vs ", g.Select(f => f.Value).Distinct().Order().Select(v => Display.Value(v, g.Key.Unit))),
                g.OrderBy(f => f.Value).ToList()));

    /// <summary>(a) The same number (and unit) this measure has, told elsewhere as a different measure.</summary>
    private async Task<List<Inconsistency>> SameValueOtherMeasuresAsync(string key, CancellationToken cancellationToken)
    {
        var values = Figures.Where(f => Math.Abs(f.Value) >= SameValueThreshold).Select(f => f.Value).Distinct().ToArray();
        if (values.Length == 0)
        {
            return [];
        }

        var others = await db.Figures
            .Where(f => values.Contains(f.Value) && f.Measure != null && f.Measure.ToLower() != key)
            .Select(f => new MeasureFigure(
                f.ArticleId, f.Article.Title, f.Article.SourceName, f.Article.PublishedAt ?? f.Article.ImportedAt,
                f.Key, f.Text, f.Value, f.Unit, f.Measure!, f.Qualifier))
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return others
            .GroupBy(f => (f.Value, f.Unit))
            .Select(g =>
            {
                var ours = Figures.Where(f => f.Value == g.Key.Value && f.Unit == g.Key.Unit).ToList();
                return (g.Key, Ours: ours, Theirs: g.ToList());
            })
            .Where(x => x.Ours.Count > 0)
            .OrderByDescending(x => x.Key.Value)
            .Select(x => new Inconsistency(
                InconsistencyKind.SameValueDifferentMeasures,
                $"{Display.Value(x.Key.Value, x.Key.Unit)} is told as {key} and as "
                    + string.Join(", ", x.Theirs.Select(f => Display.MeasureKey(f.Measure)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                [.. x.Ours, .. x.Theirs]))
            .ToList();
    }
}
