using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Actors;
using Claim = NewsAnalysis.Data.Claims.Claim;

namespace NewsAnalysis.Data.Corrections;

/// <summary>
/// Puts editors' corrections back on an article's stored analysis: run after every (re-)analysis and after each new
/// correction. Corrections apply oldest first, so the newest wins; a correction whose claim the engine no longer finds
/// (for source and kind changes) waits, unapplied, until one with the same span and text is there again.
/// </summary>
public sealed class CorrectionApplier(NewsDbContext db)
{
    public const string AddedClaimKeyPrefix = "e";

    public async Task ApplyAsync(long articleId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE article_actors aa SET actor_id = a.merged_into_id
            FROM actors a
            WHERE aa.article_id = {articleId} AND aa.actor_id = a.id AND a.merged_into_id IS NOT NULL
            """,
            cancellationToken);

        var corrections = await db.ClaimCorrections.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        if (corrections.Count == 0)
        {
            return;
        }

        var claims = await db.Claims.Where(c => c.ArticleId == articleId).ToListAsync(cancellationToken);
        var actors = await db.ArticleActors.Include(a => a.Mentions).Where(a => a.ArticleId == articleId).ToListAsync(cancellationToken);
        foreach (var correction in corrections)
        {
            if (correction.End > body.Length || !body.AsSpan(correction.Start, correction.End - correction.Start).SequenceEqual(correction.ClaimText))
            {
                continue;
            }

            var claim = claims.FirstOrDefault(c => c.Start == correction.Start && c.End == correction.End);
            if (correction.Kind == ClaimCorrectionKind.AddedClaim && claim is null)
            {
                claim = new Claim
                {
                    ArticleId = articleId,
                    Key = AddedClaimKeyPrefix + correction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Start = correction.Start,
                    End = correction.End,
                    Text = correction.ClaimText,
                    // An editor chose it: it is worth checking by definition.
                    CheckWorthiness = 1.0,
                    AttributionKind = correction.AttributionKind ?? AttributionKind.Unattributed,
                };
                db.Claims.Add(claim);
                claims.Add(claim);
            }

            if (claim is null)
            {
                continue;
            }

            switch (correction.Kind)
            {
                case ClaimCorrectionKind.AttributionKind when correction.AttributionKind is { } kind:
                    claim.AttributionKind = kind;
                    break;
                case ClaimCorrectionKind.Source:
                    SetSource(claim, correction.SourceName, actors, body);
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void SetSource(Claim claim, string? sourceName, List<ArticleActor> actors, string body)
    {
        claim.SourceActor = null;
        claim.SourceActorId = null;
        claim.SourceActorKey = null;
        claim.SourceStart = null;
        claim.SourceEnd = null;
        claim.SourceText = null;
        if (sourceName is null)
        {
            claim.AttributionKind = AttributionKind.Unattributed;
            return;
        }

        var key = NormalizedActorName.Of(sourceName);
        var actor = actors.FirstOrDefault(a => string.Equals(a.Name, sourceName, StringComparison.Ordinal))
            ?? actors.FirstOrDefault(a => string.Equals(NormalizedActorName.Of(a.Name), key, StringComparison.Ordinal));
        if (claim.AttributionKind == AttributionKind.Unattributed)
        {
            claim.AttributionKind = AttributionKind.Indirect;
        }

        if (actor is not null)
        {
            claim.SourceActor = actor;
            claim.SourceActorKey = actor.Key;
            // The mention nearest the claim names the source where a reader would look for it.
            var mention = actor.Mentions
                .OrderBy(m => m.End <= claim.Start ? claim.Start - m.End : m.Start >= claim.End ? m.Start - claim.End : 0)
                .FirstOrDefault();
            if (mention is not null)
            {
                claim.SourceStart = mention.Start;
                claim.SourceEnd = mention.End;
                claim.SourceText = mention.Text;
                return;
            }
        }

        var found = body.IndexOf(sourceName, StringComparison.Ordinal);
        claim.SourceText = sourceName;
        if (found >= 0)
        {
            claim.SourceStart = found;
            claim.SourceEnd = found + sourceName.Length;
        }
    }
}
