namespace NewsAnalysis.Data.Corrections;

/// <summary>What an editor corrected; stored as source, attribution_kind, added_claim.</summary>
public enum ClaimCorrectionKind
{
    /// <summary>The claim is attributed to another actor of the article (or to nobody).</summary>
    Source,

    /// <summary>The claim's attribution kind (direct, indirect, mixed, vague, unattributed) is another.</summary>
    AttributionKind,

    /// <summary>The engine missed a claim: an editor selected its text.</summary>
    AddedClaim,
}
