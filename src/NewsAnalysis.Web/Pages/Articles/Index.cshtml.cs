using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Search;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>Every article, newest first, 20 a page, with its counts and flag states.</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ArticlePage Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await new ArticleSearch(db).FindAsync(new ArticleFilter(), PageNumber, cancellationToken);
}
