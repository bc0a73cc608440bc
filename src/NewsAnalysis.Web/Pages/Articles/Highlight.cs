using NewsAnalysis.Analysis;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>
/// One highlighted range of the article text: a claim ("c3"), a figure ("f2") or an actor mention ("m57" of actor "a1").
/// <paramref name="Group"/> is the panel item the range belongs to (the claim, the figure, or the mention's actor).
/// </summary>
public sealed record Highlight(string Key, HighlightKind Kind, Span Span, string Group, string CssClass, string Label);

public enum HighlightKind
{
    // The order is the nesting order when two ranges are equal: a claim wraps a figure wraps a mention.
    Claim,
    Figure,
    Mention,
}
