using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Exports;

/// <summary>
/// An article's flagged claims as schema.org ClaimReview (JSON-LD), one review per claim from its newest flag. Verdicts
/// carry a 1..5 rating (false 1, disputed 2, verified 5); other statuses only their name.
/// </summary>
public static class ClaimReviewExport
{
    public const string ContentType = "application/ld+json";

    public static async Task WriteAsync(Utf8JsonWriter w, NewsDbContext db, StoredAnalysis stored, string baseUrl, string organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(stored);
        var flagged = stored.Claims.Where(c => c.FlagStatus is not null).Select(c => c.Id).ToList();
        var latest = await db.Flags.AsNoTracking()
            .Where(f => f.ClaimId != null && flagged.Contains(f.ClaimId.Value))
            .GroupBy(f => f.ClaimId)
            .Select(g => g.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).First())
            .ToListAsync(cancellationToken);
        var article = stored.Article;
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");
        foreach (var flag in latest.OrderBy(f => f.ClaimId))
        {
            var claim = stored.Claims.Single(c => c.Id == flag.ClaimId);
            w.WriteStartObject();
            w.WriteString("@type", "ClaimReview");
            w.WriteString("@id", $"{baseUrl}/Claims/{claim.Id}#review-{flag.Id}");
            w.WriteString("url", $"{baseUrl}/Claims/{claim.Id}");
            w.WriteString("datePublished", flag.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("claimReviewed", claim.Text);
            w.WriteStartObject("author");
            w.WriteString("@type", "Organization");
            w.WriteString("name", organisation);
            w.WriteEndObject();
            w.WriteStartObject("itemReviewed");
            w.WriteString("@type", "Claim");
            if (claim.SourceText is { } source)
            {
                w.WriteStartObject("author");
                w.WriteString("@type", "Thing");
                w.WriteString("name", source);
                w.WriteEndObject();
            }

            w.WriteStartObject("appearance");
            w.WriteString("@type", "NewsArticle");
            w.WriteString("headline", article.Title);
            w.WriteString("url", article.SourceUrl ?? $"{baseUrl}/Articles/{article.Id}");
            if (article.PublishedAt is { } published)
            {
                w.WriteString("datePublished", published.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("reviewRating");
            w.WriteString("@type", "Rating");
            w.WriteString("alternateName", Claims.FlagStatusText.Label(flag.Status));
            if (Rating(flag.Status) is { } rating)
            {
                w.WriteNumber("ratingValue", rating);
                w.WriteNumber("bestRating", 5);
                w.WriteNumber("worstRating", 1);
            }

            w.WriteEndObject();
            if (flag.Note is { } note)
            {
                w.WriteString("reviewBody", note);
            }

            if (flag.EvidenceUrls.Count > 0)
            {
                w.WriteStartArray("citation");
                foreach (var url in flag.EvidenceUrls)
                {
                    w.WriteStringValue(url);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static int? Rating(FlagStatus status) => status switch
    {
        FlagStatus.False => 1,
        FlagStatus.Disputed => 2,
        FlagStatus.Verified => 5,
        _ => null,
    };
}
