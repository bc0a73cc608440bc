using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Figures;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>The article side by side: its text with every span highlighted, and panels of claims, figures and actors.</summary>
public sealed class DetailsModel(NewsDbContext db, IMemoryCache cache) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public IReadOnlyList<ArticleActor> Actors { get; private set; } = [];

    /// <summary>Flags whose claim disappeared when the article was analysed again; kept and shown, never dropped.</summary>
    public IReadOnlyList<Flag> OrphanedFlags { get; private set; } = [];

    public ILookup<string, Figure> FiguresByClaim { get; private set; } = Enumerable.Empty<Figure>().ToLookup(f => "");

    /// <summary>The highlighted text; built once per analysis (it changes only when the article is analysed again).</summary>
    public IHtmlContent Text { get; private set; } = HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Claims = await db.Claims.AsNoTracking()
            .Include(c => c.SourceActor)
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        Figures = await db.Figures.AsNoTracking()
            .Where(f => f.ArticleId == id)
            .OrderBy(f => f.Start).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        Actors = await db.ArticleActors.AsNoTracking()
            .Include(a => a.Mentions.OrderBy(m => m.Start))
            .Where(a => a.ArticleId == id)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        OrphanedFlags = await db.Flags.AsNoTracking()
            .Include(f => f.CreatedBy)
            .Where(f => f.ArticleId == id && f.ClaimId == null)
            .OrderByDescending(f => f.CreatedAt)
            .ToListAsync(cancellationToken);

        // Actors come first in the panel in the order the reader meets them.
        Actors = Actors.OrderBy(a => a.Mentions.Count == 0 ? int.MaxValue : a.Mentions.Min(m => m.Start)).ToList();
        FiguresByClaim = Figures.Where(f => f.ClaimKey is not null).ToLookup(f => f.ClaimKey!, StringComparer.Ordinal);
        Text = cache.GetOrCreate(("article-text", id, article.AnalyzedAt), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            using var writer = new StringWriter();
            ArticleText.Build(article.Body, Highlights()).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
            return new HtmlString(writer.ToString());
        })!;
        return Page();
    }

    private IEnumerable<Highlight> Highlights()
    {
        foreach (var claim in Claims)
        {
            var source = claim.SourceActor?.Name ?? claim.SourceText;
            yield return new Highlight(
                claim.Key, HighlightKind.Claim, claim.Span, claim.Key,
                "hl hl-claim kind-" + Display.Of(claim.AttributionKind),
                $"Claim {claim.Key} ({Display.Of(claim.AttributionKind)}){(source is null ? "" : " — " + source)}");
        }

        foreach (var figure in Figures)
        {
            yield return new Highlight(
                figure.Key, HighlightKind.Figure, figure.Span, figure.Key, "hl hl-figure",
                $"Figure {figure.Key}: {Display.Value(figure.Value, figure.Unit)}{(figure.Measure is null ? "" : " " + figure.Measure)}");
        }

        foreach (var actor in Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                yield return new Highlight(
                    "m" + mention.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), HighlightKind.Mention, mention.Span, actor.Key,
                    "hl hl-mention actor-" + Display.Of(actor.Kind), $"{actor.Name} ({Display.Of(actor.Kind)})");
            }
        }
    }
}
