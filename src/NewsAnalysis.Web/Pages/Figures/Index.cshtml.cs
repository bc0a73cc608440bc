using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;

// Measure.ToLower() runs in SQL as lower(measure); the culture-taking overload does not translate.
#pragma warning disable CA1304, CA1311

namespace NewsAnalysis.Web.Pages.Figures;

/// <summary>Every measure the articles count ("death toll", "casualties"), most reported first.</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public sealed record MeasureRow(string Measure, int Figures, int Articles, DateTimeOffset? First, DateTimeOffset? Last);

    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Measures = await db.Figures
            .Where(f => f.Measure != null)
            .GroupBy(f => f.Measure!.ToLower())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new MeasureRow(
                g.Key,
                g.Count(),
                g.Select(f => f.ArticleId).Distinct().Count(),
                g.Min(f => f.Article.PublishedAt ?? f.Article.ImportedAt),
                g.Max(f => f.Article.PublishedAt ?? f.Article.ImportedAt)))
            .Take(300)
            .ToListAsync(cancellationToken);
}
