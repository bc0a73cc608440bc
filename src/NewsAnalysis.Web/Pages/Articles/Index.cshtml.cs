using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>The newest articles (a minimal list; search and filters come with the articles feature).</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public sealed record Row(long Id, string Title, string? SourceName, DateTimeOffset? PublishedAt, DateTimeOffset ImportedAt, int Claims);

    public IReadOnlyList<Row> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Articles = await db.Articles
            .OrderByDescending(a => a.ImportedAt)
            .ThenByDescending(a => a.Id)
            .Take(100)
            .Select(a => new Row(a.Id, a.Title, a.SourceName, a.PublishedAt, a.ImportedAt, a.Claims.Count))
            .ToListAsync(cancellationToken);
}
