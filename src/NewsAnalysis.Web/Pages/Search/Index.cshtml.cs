using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.Data.Search;

namespace NewsAnalysis.Web.Pages.Search;

/// <summary>Full-text search with filters; every filter is a query-string value, so a search is a link to share.</summary>
public sealed class IndexModel(NewsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Actor { get; set; }

    /// <summary>An attribution kind: direct, indirect, mixed, vague, unattributed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>"flagged", "unflagged", "orphaned" or a flag status (needs_checking, disputed, ...).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Flag { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ArticlePage Results { get; private set; } = null!;

    public IReadOnlyList<string> Sources { get; private set; } = [];

    public string? ActorName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var search = new ArticleSearch(db);
        Results = await search.FindAsync(Filter(), PageNumber, cancellationToken);
        Sources = await search.SourcesAsync(cancellationToken);
        if (Actor is { } actorId)
        {
            ActorName = await db.Actors.Where(a => a.Id == actorId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        }
    }

    public ArticleFilter Filter()
    {
        var filter = new ArticleFilter
        {
            Query = Q,
            Source = Source,
            From = From,
            To = To,
            ActorId = Actor,
            Kind = SnakeCaseEnum.TryParse<AttributionKind>(Kind, out var kind) ? kind : null,
        };
        return Flag switch
        {
            "flagged" => filter with { Flag = FlagFilter.Flagged },
            "unflagged" => filter with { Flag = FlagFilter.Unflagged },
            "orphaned" => filter with { Flag = FlagFilter.Orphaned },
            _ when SnakeCaseEnum.TryParse<FlagStatus>(Flag, out var status) => filter with { Flag = FlagFilter.Status, FlagStatus = status },
            _ => filter,
        };
    }

    /// <summary>This search's link with another page number.</summary>
    public string? PageUrl(int page) => Url.Page("/Search/Index", new
    {
        q = Q,
        source = Source,
        from = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        to = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        actor = Actor,
        kind = Kind,
        flag = Flag,
        p = page,
    });
}
