using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;

namespace NewsAnalysis.Web.Claims;

/// <summary>Reads flag histories, newest first, with who flagged; for the claim page and the article page.</summary>
public sealed class FlagHistory(NewsDbContext db)
{
    public async Task<IReadOnlyList<FlagEntry>> ForClaimAsync(long claimId, CancellationToken cancellationToken = default) =>
        await Entries(db.Flags.Where(f => f.ClaimId == claimId)).ToListAsync(cancellationToken);

    /// <summary>Every flag of an article by claim id (flags whose claim re-analysis removed are under no key).</summary>
    public async Task<ILookup<long, FlagEntry>> ForArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        var entries = await Entries(db.Flags.Where(f => f.ArticleId == articleId && f.ClaimId != null)).ToListAsync(cancellationToken);
        return entries.ToLookup(e => e.ClaimId!.Value);
    }

    private static IQueryable<FlagEntry> Entries(IQueryable<Data.Flags.Flag> flags) =>
        flags
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id)
            .Select(f => new FlagEntry(
                f.Id,
                f.ClaimId,
                f.Status,
                f.Note,
                f.EvidenceUrls,
                f.CreatedBy.DisplayName ?? f.CreatedBy.Email ?? f.CreatedById,
                f.CreatedAt));
}
