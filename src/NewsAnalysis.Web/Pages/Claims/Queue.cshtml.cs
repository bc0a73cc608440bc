using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Identity;

namespace NewsAnalysis.Web.Pages.Claims;

/// <summary>The review queue (editors): unflagged claims, most check-worthy first, by article, actor or kind.</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class QueueModel(ReviewQueue queue, NewsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Article { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ReviewQueue.Result Result { get; private set; } = new([], 0);

    public string? ArticleTitle { get; private set; }

    public string? ActorName { get; private set; }

    public int Pages => Math.Max(1, (Result.Total + ReviewQueue.PageSize - 1) / ReviewQueue.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AttributionKind? kind = SnakeCaseEnum.TryParse<AttributionKind>(Kind, out var parsed) ? parsed : null;
        Result = await queue.ListAsync(new ReviewQueue.Filter(Article, Actor, kind, PageNumber), cancellationToken);
        if (Article is { } articleId)
        {
            ArticleTitle = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken);
        }

        if (Actor is { } actorId)
        {
            ActorName = await db.Actors.Where(a => a.Id == actorId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        }
    }

    public string Link(long? article = null, long? actor = null, string? kind = null, int page = 1, bool keep = true)
    {
        var query = new List<string>();
        if ((article ?? (keep ? Article : null)) is { } a)
        {
            query.Add($"article={a}");
        }

        if ((actor ?? (keep ? Actor : null)) is { } b)
        {
            query.Add($"actor={b}");
        }

        if ((kind ?? (keep ? Kind : null)) is { Length: > 0 } k)
        {
            query.Add($"kind={Uri.EscapeDataString(k)}");
        }

        if (page > 1)
        {
            query.Add($"p={page}");
        }

        return "/Claims/Queue" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
    }
}
