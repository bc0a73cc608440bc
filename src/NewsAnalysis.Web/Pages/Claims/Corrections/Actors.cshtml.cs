using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims.Corrections;

/// <summary>Merging two registry actors that are one (or splitting a wrong merge) across all articles (editors).</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class ActorsModel(NewsDbContext db, ClaimCorrections corrections) : PageModel
{
    public sealed record Row(long Id, string Name, NewsAnalysis.Analysis.ActorKind Kind, int Articles, long? MergedIntoId, string? MergedIntoName);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public long FromId { get; set; }

    [BindProperty]
    public long IntoId { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Row> Merged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await corrections.MergeActorsAsync(FromId, IntoId, cancellationToken), "Merged.", cancellationToken);

    public async Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await corrections.SplitActorAsync(FromId, cancellationToken), "Split.", cancellationToken);

    private async Task<IActionResult> DoneAsync(string? problem, string message, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            Message = message;
            return RedirectToPage(new { q = Q });
        }

        ModelState.AddModelError(string.Empty, problem);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actors = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = NormalizedActorName.Of(Q);
            actors = actors.Where(a => a.NormalizedName.Contains(key));
        }

        Rows = await Project(actors.Where(a => a.MergedIntoId == null).OrderByDescending(a => a.Appearances.Count).ThenBy(a => a.Name).Take(100)).ToListAsync(cancellationToken);
        Merged = await Project(db.Actors.AsNoTracking().Where(a => a.MergedIntoId != null).OrderBy(a => a.Name).Take(200)).ToListAsync(cancellationToken);
    }

    private static IQueryable<Row> Project(IQueryable<Actor> actors) =>
        actors.Select(a => new Row(
            a.Id,
            a.Name,
            a.Kind,
            a.Appearances.Count,
            a.MergedIntoId,
            a.MergedInto == null ? null : a.MergedInto.Name));
}
