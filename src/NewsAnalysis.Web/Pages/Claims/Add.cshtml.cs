using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims;

/// <summary>
/// Adding a claim the engine missed (editors): select its text in the article (the page turns the selection into
/// offsets), or type the exact text; kept across re-analysis.
/// </summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class AddModel(NewsDbContext db, ClaimCorrections corrections, UserManager<AppUser> users) : PageModel
{
    public Article Article { get; private set; } = null!;

    [BindProperty]
    public int? Start { get; set; }

    [BindProperty]
    public int? End { get; set; }

    /// <summary>The claim's exact text: used when no selection offsets came (no script), or to check them.</summary>
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string Kind { get; set; } = SnakeCaseEnum.ToText(AttributionKind.Unattributed);

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(long articleId, CancellationToken cancellationToken) =>
        await LoadAsync(articleId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long articleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(articleId, cancellationToken))
        {
            return NotFound();
        }

        if (!SnakeCaseEnum.TryParse<AttributionKind>(Kind, out var kind))
        {
            ModelState.AddModelError(nameof(Kind), "Choose a kind.");
            return Page();
        }

        var body = Article.Body;
        int start, end;
        if (Start is { } s && End is { } e && s >= 0 && e <= body.Length && s < e && (string.IsNullOrEmpty(Text) || body[s..e] == Text))
        {
            (start, end) = (s, e);
        }
        else if (!string.IsNullOrEmpty(Text) && body.IndexOf(Text, StringComparison.Ordinal) is var found and >= 0)
        {
            (start, end) = (found, found + Text.Length);
        }
        else
        {
            ModelState.AddModelError(string.Empty, "Select the claim's text in the article (or type it exactly as it appears).");
            return Page();
        }

        var (claimId, problem) = await corrections.AddClaimAsync(articleId, start, end, kind, Note, users.GetUserId(User)!, cancellationToken);
        if (claimId is null)
        {
            ModelState.AddModelError(string.Empty, problem!);
            return Page();
        }

        TempData["Message"] = "Claim added.";
        return Redirect($"/Claims/{claimId}");
    }

    private async Task<bool> LoadAsync(long articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        Article = article!;
        return article is not null;
    }
}
