using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims;

/// <summary>The flag form (editors): status, note, evidence links; tells the editor when the claim changed under them.</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class FlagModel(NewsDbContext db, ClaimFlagging flagging, FlagHistory history, UserManager<AppUser> users) : PageModel
{
    public Claim Claim { get; private set; } = null!;

    public string ArticleTitle { get; private set; } = string.Empty;

    public IReadOnlyList<FlagEntry> History { get; private set; } = [];

    /// <summary>Set when another editor flagged the claim after this form was loaded.</summary>
    public IReadOnlyList<FlagEntry>? Missed { get; private set; }

    [BindProperty]
    [Required]
    public string Status { get; set; } = string.Empty;

    [BindProperty]
    [StringLength(FlagRequest.MaxNoteLength)]
    public string? Note { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public long? SeenFlagId { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Claim.Version;
        SeenFlagId = History.Count > 0 ? History[0].Id : null;
        Status = Claim.FlagStatus is { } current ? FlagStatusText.Value(current) : FlagStatusText.Value(FlagStatus.NeedsChecking);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!FlagStatusText.TryParse(Status, out var status))
        {
            ModelState.AddModelError(nameof(Status), "Choose a status.");
        }

        var request = new FlagRequest(status, Note, FlagRequest.SplitLinks(Evidence), Version, SeenFlagId);
        foreach (var problem in request.Problems())
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var outcome = await flagging.FlagAsync(id, request, users.GetUserId(User)!, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (!outcome.Conflict)
        {
            TempData["Message"] = $"Flagged as {FlagStatusText.Label(status)}.";
            return Redirect($"/Claims/{id}");
        }

        await LoadAsync(id, cancellationToken);
        Missed = History.Where(e => outcome.MissedFlags.Any(f => f.Id == e.Id)).ToList();
        // The form posts back the new version, not the stale one the editor sent (tag helpers prefer ModelState).
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(SeenFlagId));
        Version = outcome.Version;
        SeenFlagId = outcome.Flag.Id;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Include(c => c.Article).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        Claim = claim;
        ArticleTitle = claim.Article.Title;
        History = await history.ForClaimAsync(id, cancellationToken);
        return true;
    }
}
