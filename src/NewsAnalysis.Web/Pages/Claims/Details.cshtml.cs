using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims;

/// <summary>A claim in its article, its current flag status and full history (every reader).</summary>
public sealed class DetailsModel(NewsDbContext db, FlagHistory history, IAuthorizationService authorization) : PageModel
{
    public Claim Claim { get; private set; } = null!;

    public string ArticleTitle { get; private set; } = string.Empty;

    /// <summary>The claim's paragraph-ish surroundings: text before, the claim, text after.</summary>
    public (string Before, string Claim, string After) Context { get; private set; }

    public IReadOnlyList<FlagEntry> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Include(c => c.Article).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return NotFound();
        }

        Claim = claim;
        ArticleTitle = claim.Article.Title;
        Context = ClaimContext.Around(claim.Article.Body, claim.Start, claim.End);
        History = await history.ForClaimAsync(id, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.CanEdit)).Succeeded;
        return Page();
    }
}
