using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using AttributionKind = NewsAnalysis.Analysis.AttributionKind;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Corrections;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims;

/// <summary>Correcting a claim's source or attribution kind (editors); kept across re-analysis.</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class CorrectModel(NewsDbContext db, ClaimCorrections corrections, UserManager<AppUser> users) : PageModel
{
    public Claim Claim { get; private set; } = null!;

    public IReadOnlyList<string> ActorNames { get; private set; } = [];

    public IReadOnlyList<ClaimCorrection> Earlier { get; private set; } = [];

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Source = Claim.SourceActor?.Name ?? Claim.SourceText;
        Kind = SnakeCaseEnum.ToText(Claim.AttributionKind);
        return Page();
    }

    public async Task<IActionResult> OnPostSourceAsync(long id, CancellationToken cancellationToken) =>
        await corrections.ChangeSourceAsync(id, Source, Note, users.GetUserId(User)!, cancellationToken)
            ? Done(id, "Source corrected.")
            : NotFound();

    public async Task<IActionResult> OnPostKindAsync(long id, CancellationToken cancellationToken)
    {
        if (!SnakeCaseEnum.TryParse<AttributionKind>(Kind, out var kind))
        {
            ModelState.AddModelError(nameof(Kind), "Choose a kind.");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await corrections.ChangeKindAsync(id, kind, Note, users.GetUserId(User)!, cancellationToken)
            ? Done(id, "Kind corrected.")
            : NotFound();
    }

    private RedirectResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Claims/{id}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Include(c => c.Article).Include(c => c.SourceActor).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        Claim = claim;
        ActorNames = await db.ArticleActors.Where(a => a.ArticleId == claim.ArticleId).Select(a => a.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        Earlier = await db.ClaimCorrections.AsNoTracking().Include(c => c.CreatedBy)
            .Where(c => c.ArticleId == claim.ArticleId && c.Start == claim.Start && c.End == claim.End)
            .OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        return true;
    }
}
