namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// An attribution as the finder sees it: spans only; actors are linked afterwards. <paramref name="InNounPhrase"/>
/// marks a report held inside a noun phrase ("Netanyahu's vow to ..."): the sentence around it still asserts
/// something of its own.
/// </summary>
internal readonly record struct FoundAttribution(Span Content, AttributionKind Kind, Span? Source, Span? Cue, bool InNounPhrase = false);
