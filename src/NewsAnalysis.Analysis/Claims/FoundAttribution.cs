namespace NewsAnalysis.Analysis.Claims;

/// <summary>An attribution as the finder sees it: spans only; actors are linked afterwards.</summary>
internal readonly record struct FoundAttribution(Span Content, AttributionKind Kind, Span? Source, Span? Cue);
