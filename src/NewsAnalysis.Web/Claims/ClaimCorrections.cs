using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Corrections;

namespace NewsAnalysis.Web.Claims;

/// <summary>
/// Editors correcting the engine: a claim's source or kind, a missed claim, merged or split actors. Claim corrections
/// are rows applied now and again after every re-analysis (<see cref="CorrectionApplier"/>); a merge is kept on the
/// merged actor, so re-analysis links its appearances to the merged-into actor again.
/// </summary>
public sealed class ClaimCorrections(NewsDbContext db, TimeProvider clock)
{
    public const int MaxClaimLength = 2000;

    public async Task<bool> ChangeSourceAsync(long claimId, string? sourceName, string? note, string userId, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        await AddAsync(new ClaimCorrection
        {
            ArticleId = claim.ArticleId,
            Kind = ClaimCorrectionKind.Source,
            Start = claim.Start,
            End = claim.End,
            ClaimText = claim.Text,
            SourceName = string.IsNullOrWhiteSpace(sourceName) ? null : sourceName.Trim(),
            Note = note,
            CreatedById = userId,
        }, cancellationToken);
        return true;
    }

    public async Task<bool> ChangeKindAsync(long claimId, AttributionKind kind, string? note, string userId, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        await AddAsync(new ClaimCorrection
        {
            ArticleId = claim.ArticleId,
            Kind = ClaimCorrectionKind.AttributionKind,
            Start = claim.Start,
            End = claim.End,
            ClaimText = claim.Text,
            AttributionKind = kind,
            Note = note,
            CreatedById = userId,
        }, cancellationToken);
        return true;
    }

    /// <summary>Adds the claim the engine missed at [start, end); returns its id, or the problem.</summary>
    public async Task<(long? ClaimId, string? Problem)> AddClaimAsync(
        long articleId, int start, int end, AttributionKind kind, string? note, string userId, CancellationToken cancellationToken)
    {
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Body).SingleOrDefaultAsync(cancellationToken);
        if (body is null)
        {
            return (null, "No such article.");
        }

        if (start < 0 || end > body.Length || end <= start)
        {
            return (null, "Select some text of the article.");
        }

        // Selections often catch the space around a sentence: the claim is the text without it.
        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        if (end - start is 0 or > MaxClaimLength)
        {
            return (null, $"A claim is 1 to {MaxClaimLength} characters of the article.");
        }

        var existing = await db.Claims.AsNoTracking().Where(c => c.ArticleId == articleId && c.Start == start && c.End == end).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        await AddAsync(new ClaimCorrection
        {
            ArticleId = articleId,
            Kind = ClaimCorrectionKind.AddedClaim,
            Start = start,
            End = end,
            ClaimText = body[start..end],
            AttributionKind = kind,
            Note = note,
            CreatedById = userId,
        }, cancellationToken);
        var id = await db.Claims.AsNoTracking().Where(c => c.ArticleId == articleId && c.Start == start && c.End == end).Select(c => c.Id).SingleAsync(cancellationToken);
        return (id, null);
    }

    /// <summary>Moves every appearance of <paramref name="fromId"/> (and what was merged into it) to <paramref name="intoId"/>.</summary>
    public async Task<string?> MergeActorsAsync(long fromId, long intoId, CancellationToken cancellationToken)
    {
        if (fromId == intoId)
        {
            return "Choose two different actors.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var from = await db.Actors.SingleOrDefaultAsync(a => a.Id == fromId, cancellationToken);
        var into = await db.Actors.SingleOrDefaultAsync(a => a.Id == intoId, cancellationToken);
        if (from is null || into is null)
        {
            return "No such actor.";
        }

        if (into.MergedIntoId is not null)
        {
            return $"{into.Name} is itself merged into another actor: merge into that one.";
        }

        from.MergedIntoId = into.Id;
        await db.SaveChangesAsync(cancellationToken);
        await db.Actors.Where(a => a.MergedIntoId == fromId).ExecuteUpdateAsync(s => s.SetProperty(a => a.MergedIntoId, intoId), cancellationToken);
        await db.ArticleActors.Where(a => a.ActorId == fromId || (a.Actor != null && a.Actor.MergedIntoId == intoId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, intoId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Undoes a merge: the appearances that carry the actor's own name go back to it.</summary>
    public async Task<string?> SplitActorAsync(long actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await db.Actors.SingleOrDefaultAsync(a => a.Id == actorId, cancellationToken);
        if (actor?.MergedIntoId is not { } intoId)
        {
            return "This actor is not merged.";
        }

        actor.MergedIntoId = null;
        await db.SaveChangesAsync(cancellationToken);
        var appearances = await db.ArticleActors.Where(a => a.ActorId == intoId && a.Kind == actor.Kind).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var own = appearances.Where(a => NormalizedActorName.Of(a.Name) == actor.NormalizedName).Select(a => a.Id).ToList();
        await db.ArticleActors.Where(a => own.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, actorId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task AddAsync(ClaimCorrection correction, CancellationToken cancellationToken)
    {
        correction.CreatedAt = clock.GetUtcNow();
        correction.Note = string.IsNullOrWhiteSpace(correction.Note) ? null : correction.Note.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ClaimCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == correction.ArticleId).Select(a => a.Body).SingleAsync(cancellationToken);
        await new CorrectionApplier(db).ApplyAsync(correction.ArticleId, body, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
