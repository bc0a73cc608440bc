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
/// <remarks>
/// A long article's page is hundreds of rows and a large render. Both are kept per article version: one small query
/// reads a stamp that changes whenever the article, its analysis, a claim (flag status, correction), an actor link
/// (merge) or its flags change; the rows, the highlighted text and the rendered panels (the view's cache tag, keyed by
/// the same stamp) are reused while it is the same. Authorisation runs before the handler as for any page.
/// </remarks>
public sealed class DetailsModel(NewsDbContext db, IMemoryCache cache) : PageModel
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public IReadOnlyList<ArticleActor> Actors { get; private set; } = [];

    /// <summary>Flags whose claim disappeared when the article was analysed again; kept and shown, never dropped.</summary>
    public IReadOnlyList<Flag> OrphanedFlags { get; private set; } = [];

    public ILookup<string, Figure> FiguresByClaim { get; private set; } = Enumerable.Empty<Figure>().ToLookup(f => "");

    /// <summary>The highlighted text; built once per analysis (it changes only when the article is analysed again).</summary>
    public IHtmlContent Text { get; private set; } = HtmlString.Empty;

    /// <summary>Changes whenever anything the page shows changes: the cache key of the page's rows and rendered panels.</summary>
    public string Version { get; private set; } = "";

    private sealed record PageData(
        Article Article, List<Claim> Claims, List<Figure> Figures, List<ArticleActor> Actors, List<Flag> OrphanedFlags,
        ILookup<string, Figure> FiguresByClaim, IHtmlContent Text);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var stamp = await db.Database.SqlQuery<string>(
            $"""
            SELECT concat_ws('.', a.xmin::text, a.analyzed_at::text,
                (SELECT count(*) || '-' || coalesce(sum(c.xmin::text::bigint), 0) FROM claims c WHERE c.article_id = a.id),
                (SELECT count(*) || '-' || coalesce(sum(x.xmin::text::bigint), 0) FROM article_actors x WHERE x.article_id = a.id),
                (SELECT count(*) || '-' || coalesce(max(f.id), 0) FROM flags f WHERE f.article_id = a.id)) AS "Value"
            FROM articles a WHERE a.id = {id}
            """).SingleOrDefaultAsync(cancellationToken);
        if (stamp is null)
        {
            return NotFound();
        }

        var data = await cache.GetOrCreateAsync(("article-page", id, stamp), async entry =>
        {
            entry.SlidingExpiration = KeptFor;
            // Names of flagging editors are on the page too: a renamed one shows within the hour.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            return await LoadAsync(id, cancellationToken);
        });
        if (data is null)
        {
            // Deleted between the two reads.
            return NotFound();
        }

        (Article, Claims, Figures, Actors, OrphanedFlags, FiguresByClaim, Text) =
            (data.Article, data.Claims, data.Figures, data.Actors, data.OrphanedFlags, data.FiguresByClaim, data.Text);
        Version = id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + stamp;
        return Page();
    }

    private async Task<PageData?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var claims = await db.Claims.AsNoTracking()
            .Include(c => c.SourceActor)
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking()
            .Where(f => f.ArticleId == id)
            .OrderBy(f => f.Start).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var actors = await db.ArticleActors.AsNoTracking()
            .Include(a => a.Mentions.OrderBy(m => m.Start))
            .Where(a => a.ArticleId == id)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var orphanedFlags = await db.Flags.AsNoTracking()
            .Include(f => f.CreatedBy)
            .Where(f => f.ArticleId == id && f.ClaimId == null)
            .OrderByDescending(f => f.CreatedAt)
            .ToListAsync(cancellationToken);

        // Actors come first in the panel in the order the reader meets them.
        actors = actors.OrderBy(a => a.Mentions.Count == 0 ? int.MaxValue : a.Mentions.Min(m => m.Start)).ToList();
        using var writer = new StringWriter();
        ArticleText.Build(article.Body, Highlights(claims, figures, actors)).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new PageData(
            article, claims, figures, actors, orphanedFlags,
            figures.Where(f => f.ClaimKey is not null).ToLookup(f => f.ClaimKey!, StringComparer.Ordinal),
            new HtmlString(writer.ToString()));
    }

    private static IEnumerable<Highlight> Highlights(List<Claim> claims, List<Figure> figures, List<ArticleActor> actors)
    {
        foreach (var claim in claims)
        {
            var source = claim.SourceActor?.Name ?? claim.SourceText;
            yield return new Highlight(
                claim.Key, HighlightKind.Claim, claim.Span, claim.Key,
                "hl hl-claim kind-" + Display.Of(claim.AttributionKind),
                $"Claim {claim.Key} ({Display.Of(claim.AttributionKind)}){(source is null ? "" : " — " + source)}");
        }

        foreach (var figure in figures)
        {
            yield return new Highlight(
                figure.Key, HighlightKind.Figure, figure.Span, figure.Key, "hl hl-figure",
                $"Figure {figure.Key}: {Display.Value(figure.Value, figure.Unit)}{(figure.Measure is null ? "" : " " + figure.Measure)}");
        }

        foreach (var actor in actors)
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
