using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using Actor = NewsAnalysis.Data.Actors.Actor;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Pages.Actors;

/// <summary>One actor across articles: the names it goes by, where it appears, what is attributed to it, its quotes.</summary>
public sealed class DetailsModel(NewsDbContext db) : PageModel
{
    private const int Limit = 200;

    public sealed record Alias(string Text, int Count);

    public sealed record Appearance(long ArticleId, string Title, string? SourceName, DateTimeOffset When, string Key, int Mentions);

    public sealed record AttributedClaim(
        long ArticleId, string ArticleTitle, DateTimeOffset When, string Key, string Text, AttributionKind Kind,
        string? CueText, string? SourceText, FlagStatus? FlagStatus);

    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<Alias> Aliases { get; private set; } = [];

    public IReadOnlyList<Appearance> Appearances { get; private set; } = [];

    public IReadOnlyList<AttributedClaim> Claims { get; private set; } = [];

    /// <summary>The claims in the actor's own words (direct or mixed attribution).</summary>
    public IReadOnlyList<AttributedClaim> Quotes => Claims.Where(c => c.Kind is AttributionKind.Direct or AttributionKind.Mixed).ToList();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }

        // An editor merged this actor into another: its appearances live there now.
        if (actor.MergedIntoId is { } mergedInto)
        {
            return RedirectToPage("/Actors/Details", new { id = mergedInto });
        }

        Actor = actor;
        Aliases = await db.Mentions
            .Where(m => m.ArticleActor.ActorId == id && m.Type == MentionType.Name)
            .GroupBy(m => m.Text)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new Alias(g.Key, g.Count()))
            .Take(50)
            .ToListAsync(cancellationToken);
        Appearances = await db.ArticleActors
            .Where(a => a.ActorId == id)
            .OrderByDescending(a => a.Article.PublishedAt ?? a.Article.ImportedAt).ThenByDescending(a => a.ArticleId)
            .Select(a => new Appearance(a.ArticleId, a.Article.Title, a.Article.SourceName, a.Article.PublishedAt ?? a.Article.ImportedAt, a.Key, a.Mentions.Count))
            .Take(Limit)
            .ToListAsync(cancellationToken);
        Claims = await db.Claims
            .Where(c => c.SourceActor!.ActorId == id)
            .OrderByDescending(c => c.Article.PublishedAt ?? c.Article.ImportedAt).ThenBy(c => c.ArticleId).ThenBy(c => c.Start)
            .Select(c => new AttributedClaim(
                c.ArticleId, c.Article.Title, c.Article.PublishedAt ?? c.Article.ImportedAt, c.Key, c.Text, c.AttributionKind,
                c.CueText, c.SourceText, c.FlagStatus))
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
