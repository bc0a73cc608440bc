namespace NewsAnalysis.Web.Pages.Figures;

/// <summary>Figures that disagree: the same number told as different measures, or different numbers for one measure on one day.</summary>
public sealed record Inconsistency(InconsistencyKind Kind, string Summary, IReadOnlyList<MeasureFigure> Figures);

public enum InconsistencyKind
{
    SameValueDifferentMeasures,
    DifferentValuesSameDay,
}
