using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;

namespace NewsAnalysis.Web.Claims;

/// <summary>Claims nobody has flagged yet, most check-worthy first, optionally of one article, one actor or one kind.</summary>
public sealed class ReviewQueue(NewsDbContext db)
{
    public const int PageSize = 50;

    public sealed record Filter(long? ArticleId, long? ActorId, AttributionKind? Kind, int Page);

    public sealed record Entry(
        long ClaimId, string Text, double CheckWorthiness, AttributionKind Kind, string? Source, long? SourceActorId,
        long ArticleId, string ArticleTitle);

    public sealed record Result(IReadOnlyList<Entry> Entries, int Total);

    public async Task<Result> ListAsync(Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var claims = db.Claims.AsNoTracking().Where(c => c.FlagStatus == null);
        if (filter.ArticleId is { } articleId)
        {
            claims = claims.Where(c => c.ArticleId == articleId);
        }

        if (filter.ActorId is { } actorId)
        {
            claims = claims.Where(c => c.SourceActor != null && c.SourceActor.ActorId == actorId);
        }

        if (filter.Kind is { } kind)
        {
            claims = claims.Where(c => c.AttributionKind == kind);
        }

        var total = await claims.CountAsync(cancellationToken);
        var entries = await claims
            .OrderByDescending(c => c.CheckWorthiness).ThenBy(c => c.Id)
            .Skip((Math.Max(1, filter.Page) - 1) * PageSize).Take(PageSize)
            .Select(c => new Entry(
                c.Id, c.Text, c.CheckWorthiness, c.AttributionKind, c.SourceText,
                c.SourceActor == null ? null : c.SourceActor.ActorId, c.ArticleId, c.Article.Title))
            .ToListAsync(cancellationToken);
        return new Result(entries, total);
    }
}
