using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>Finds claims, attributed and unattributed, and who they are attributed to.</summary>
public sealed class ClaimExtractor
{
    // Placeholder until the attribution stage lands.
    public IReadOnlyList<Claim> Extract(TextDocument document, IReadOnlyList<Actor> actors) => [];
}
