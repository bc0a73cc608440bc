using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Claims;

/// <summary>
/// The saved flag, the claim's new version, and, when someone else flagged the claim after the editor loaded it,
/// <see cref="Conflict"/> and the flags they missed: both are in the history, the editor is told.
/// </summary>
public sealed record FlagOutcome(Flag Flag, uint Version, bool Conflict, IReadOnlyList<Flag> MissedFlags);
