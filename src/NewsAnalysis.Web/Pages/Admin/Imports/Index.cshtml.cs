using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Imports;

namespace NewsAnalysis.Web.Pages.Admin.Imports;

/// <summary>Starts imports (pasted text, files, a feed) and lists the recent batches (admins, by the /Admin convention).</summary>
public sealed class IndexModel(NewsDbContext db, ImportStarter starter, ImportLimits limits, UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    public long MaxUploadBytes => limits.MaxUploadBytes;

    [BindProperty]
    [StringLength(1000)]
    public string? Title { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    [StringLength(300)]
    public string? Source { get; set; }

    [BindProperty]
    [Url]
    public string? SourceUrl { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? FeedUrl { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(string.Empty, "Give the article a title and its text.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var batch = await starter.PasteAsync(Title!.Trim(), Text!, Source, SourceUrl, users.GetUserId(User), cancellationToken);
        return RedirectToPage("Details", new { id = batch.Id });
    }

    public async Task<IActionResult> OnPostFilesAsync(CancellationToken cancellationToken)
    {
        if (Files.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Choose one or more files.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var files = new List<(string, byte[])>();
        foreach (var file in Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add((Path.GetFileName(file.FileName), buffer.ToArray()));
        }

        var batch = await starter.FilesAsync(files, users.GetUserId(User), cancellationToken);
        return RedirectToPage("Details", new { id = batch.Id });
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(FeedUrl))
        {
            ModelState.AddModelError(string.Empty, "Give the feed's URL.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var batch = await starter.FeedAsync(FeedUrl.Trim(), users.GetUserId(User), cancellationToken);
        return RedirectToPage("Details", new { id = batch.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Batches = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(50).ToListAsync(cancellationToken);
}
