using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Data.Flags;

/// <summary>
/// One editor's verdict on a claim. Append-only (a database trigger refuses updates and deletes); the claim text is
/// kept so a flag still reads right after re-analysis replaced the claim it was made on.
/// </summary>
public class Flag
{
    public long Id { get; set; }

    /// <summary>Null once re-analysis removed the claim and no new claim has the same text.</summary>
    public long? ClaimId { get; set; }

    public Claim? Claim { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public required string ClaimKey { get; set; }

    public required string ClaimText { get; set; }

    public FlagStatus Status { get; set; }

    public string? Note { get; set; }

    public List<string> EvidenceUrls { get; set; } = [];

    public required string CreatedById { get; set; }

    public AppUser CreatedBy { get; set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }
}
