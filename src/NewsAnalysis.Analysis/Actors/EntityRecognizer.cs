using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>Finds person, organisation, location and other names in a document.</summary>
public sealed class EntityRecognizer
{
    // Placeholder until the statistical model lands.
    public IReadOnlyList<NamedEntity> Recognize(TextDocument document) => [];
}
