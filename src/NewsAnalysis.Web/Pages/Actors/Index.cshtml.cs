using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Actors;

namespace NewsAnalysis.Web.Pages.Actors;

/// <summary>The people, organisations and places across articles, most written about first.</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string Name, ActorKind Kind, int Articles, int Claims);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Actors { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var actors = db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + NormalizedActorName.Of(Q).Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            actors = actors.Where(a => EF.Functions.Like(a.NormalizedName, pattern));
        }

        if (SnakeCaseEnum.TryParse<ActorKind>(Kind, out var kind))
        {
            actors = actors.Where(a => a.Kind == kind);
        }

        var rows = await actors
            .OrderByDescending(a => a.Appearances.Count).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(a => new Row(a.Id, a.Name, a.Kind, a.Appearances.Count, db.Claims.Count(c => c.SourceActor!.ActorId == a.Id)))
            .ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Actors = rows.Take(PageSize).ToList();
    }
}
