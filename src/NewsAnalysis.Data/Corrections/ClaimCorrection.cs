using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Data.Corrections;

/// <summary>
/// An editor's correction of the engine, kept as its own row and applied again after every (re-)analysis
/// (<see cref="CorrectionApplier"/>). A claim is found again by its exact span and text, since engine keys change.
/// </summary>
public class ClaimCorrection
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public ClaimCorrectionKind Kind { get; set; }

    /// <summary>The corrected (or added) claim's span in the article body.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public required string ClaimText { get; set; }

    /// <summary>For <see cref="ClaimCorrectionKind.Source"/>: the article actor's name; null means "nobody".</summary>
    public string? SourceName { get; set; }

    /// <summary>For <see cref="ClaimCorrectionKind.AttributionKind"/> and added claims.</summary>
    public AttributionKind? AttributionKind { get; set; }

    public string? Note { get; set; }

    public required string CreatedById { get; set; }

    public AppUser CreatedBy { get; set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }

    public Span Span => new(Start, End);
}
