using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Pages.Admin;

/// <summary>The admin landing page (admins only, by the /Admin folder convention).</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public int Users { get; private set; }

    public int Articles { get; private set; }

    public int QueuedJobs { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.CountAsync(cancellationToken);
        Articles = await db.Articles.CountAsync(cancellationToken);
        QueuedJobs = await db.Jobs.CountAsync(j => j.Status == JobStatus.Queued, cancellationToken);
    }
}
