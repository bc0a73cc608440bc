namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// An attribution as the finder sees it: spans only; actors are linked afterwards. <paramref name="InNounPhrase"/>
/// marks a report held inside a noun phrase ("Netanyahu's vow to ..."): the sentence around it still asserts
/// something of its own. <paramref name="Rule"/> and <paramref name="CueScore"/> (the cue model's probability, 0
/// when the rule did not ask it) are what <see cref="AttributionFilter"/> weighs them by; <paramref name="Weak"/>
/// marks a cue the rules alone would not have taken, proposed only for the filter to judge.
/// </summary>
internal readonly record struct FoundAttribution(
    Span Content, AttributionKind Kind, Span? Source, Span? Cue, bool InNounPhrase = false,
    AttributionRule Rule = AttributionRule.None, float CueScore = 0, bool Weak = false);
