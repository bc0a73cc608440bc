using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>Finds the quantities a document states and normalises them.</summary>
public sealed class FigureExtractor
{
    // Placeholder until the figures stage lands. Figures come back without ClaimId; the pipeline links them.
    public IReadOnlyList<Figure> Extract(TextDocument document) => [];
}
