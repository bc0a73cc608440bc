using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Claims;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>An article and its claims (a placeholder; the side-by-side view comes with the articles feature).</summary>
public sealed class DetailsModel(NewsDbContext db) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Claims = await db.Claims.AsNoTracking().Where(c => c.ArticleId == id).OrderBy(c => c.Start).ToListAsync(cancellationToken);
        return Page();
    }
}
