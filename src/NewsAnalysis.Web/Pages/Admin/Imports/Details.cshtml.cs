using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;

namespace NewsAnalysis.Web.Pages.Admin.Imports;

/// <summary>A batch's progress (refreshing itself while it runs) and every item that failed, was a duplicate or warned.</summary>
public sealed class DetailsModel(NewsDbContext db) : PageModel
{
    public const int ItemsShown = 500;

    public ImportBatch Batch { get; private set; } = null!;

    public IReadOnlyList<ImportItem> Items { get; private set; } = [];

    public int Processed => Batch.Done + Batch.Duplicates + Batch.Failed;

    public bool Running => Batch.Status is ImportStatus.Pending or ImportStatus.Running;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        Batch = batch;
        var items = db.ImportItems.AsNoTracking().Where(i => i.ImportBatchId == id);
        items = Show == "all"
            ? items
            : items.Where(i => i.Status == ImportItemStatus.Failed || i.Status == ImportItemStatus.Duplicate || i.Warning != null);
        // Payloads stay in the database: the page lists outcomes only.
        Items = await items.OrderBy(i => i.Ordinal).Take(ItemsShown)
            .Select(i => new ImportItem { Id = i.Id, Ordinal = i.Ordinal, Name = i.Name, Status = i.Status, Error = i.Error, Warning = i.Warning, ArticleId = i.ArticleId })
            .ToListAsync(cancellationToken);
        return Page();
    }
}
