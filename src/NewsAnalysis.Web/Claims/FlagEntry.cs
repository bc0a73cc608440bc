using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Claims;

/// <summary>One line of a claim's flag history as shown to readers.</summary>
public sealed record FlagEntry(long Id, long? ClaimId, FlagStatus Status, string? Note, IReadOnlyList<string> EvidenceUrls, string By, DateTimeOffset At)
{
    public string StatusLabel => FlagStatusText.Label(Status);
}
