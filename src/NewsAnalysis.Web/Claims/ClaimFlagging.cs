using System.Data;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Claims;

/// <summary>
/// Flags claims. Every flag is appended to the history; the claim's current status is the newest flag. The claim's
/// version (PostgreSQL xmin) tells whether it changed since the editor loaded it: then the flag is still kept (it is
/// the newest) but the outcome lists what the editor did not see, so nothing is silently lost.
/// </summary>
public sealed class ClaimFlagging(NewsDbContext db, TimeProvider clock)
{
    /// <summary>Returns null when the claim does not exist.</summary>
    public async Task<FlagOutcome?> FlagAsync(long claimId, FlagRequest request, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var claim = await db.Claims.AsNoTracking()
            .Where(c => c.Id == claimId)
            .Select(c => new { c.Id, c.ArticleId, c.Key, c.Text })
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var flag = new Flag
        {
            ClaimId = claim.Id,
            ArticleId = claim.ArticleId,
            ClaimKey = claim.Key,
            ClaimText = claim.Text,
            Status = request.Status,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            EvidenceUrls = [.. request.EvidenceUrls],
            CreatedById = userId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Flags.Add(flag);
        await db.SaveChangesAsync(cancellationToken);

        // The conditional update waits for a concurrent flagger's transaction and then sees their new version.
        var updated = await db.Claims
            .Where(c => c.Id == claimId && (request.ExpectedVersion == null || c.Version == request.ExpectedVersion))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FlagStatus, flag.Status).SetProperty(c => c.FlaggedAt, flag.CreatedAt), cancellationToken);
        IReadOnlyList<Flag> missed = [];
        if (updated == 0)
        {
            await db.Claims
                .Where(c => c.Id == claimId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FlagStatus, flag.Status).SetProperty(c => c.FlaggedAt, flag.CreatedAt), cancellationToken);
            missed = await MissedFlagsAsync(claimId, flag.Id, request.SeenFlagId, cancellationToken);
        }

        var version = await db.Claims.Where(c => c.Id == claimId).Select(c => c.Version).SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FlagOutcome(flag, version, updated == 0, missed);
    }

    private async Task<IReadOnlyList<Flag>> MissedFlagsAsync(long claimId, long ownFlagId, long? seenFlagId, CancellationToken cancellationToken) =>
        await db.Flags.AsNoTracking()
            .Include(f => f.CreatedBy)
            .Where(f => f.ClaimId == claimId && f.Id != ownFlagId && (seenFlagId == null || f.Id > seenFlagId))
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
}
