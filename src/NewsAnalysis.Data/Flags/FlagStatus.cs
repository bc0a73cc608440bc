namespace NewsAnalysis.Data.Flags;

/// <summary>What an editor says about a claim; stored as needs_checking, verified, disputed, false, opinion, cleared.</summary>
public enum FlagStatus
{
    NeedsChecking,
    Verified,
    Disputed,
    False,
    Opinion,
    Cleared,
}
