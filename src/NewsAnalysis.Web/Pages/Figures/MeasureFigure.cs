namespace NewsAnalysis.Web.Pages.Figures;

/// <summary>One figure of a measure, with the article that states it and the day it was published.</summary>
public sealed record MeasureFigure(
    long ArticleId,
    string ArticleTitle,
    string? SourceName,
    DateTimeOffset When,
    string Key,
    string Text,
    double Value,
    string? Unit,
    string Measure,
    string? Qualifier)
{
    public DateOnly Day => DateOnly.FromDateTime(When.UtcDateTime);
}
