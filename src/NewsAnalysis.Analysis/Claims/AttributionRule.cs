namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Which rule of <see cref="AttributionFinder"/> proposed an attribution: the filter weighs each rule's proposals
/// on its own, since some rules are nearly always right and others guess.
/// </summary>
internal enum AttributionRule : byte
{
    None,
    SpeakerLabel,
    DashLabel,
    AccordingTo,
    InPoll,
    Agentless,
    RaisedConcern,
    PossessiveNoun,
    Infinitive,
    Received,
    PassiveAgent,
    VerbSubject,
    VerbInverted,
    VerbSharedSubject,
    VerbClauseSubject,
    VerbNearestName,
    ContinuedQuote,
    Signature,
    AsPutIt,
    InView,
    WithParticiple,
    GerundModifier,
    FrameThat,
    FrameColon,
    FrameQuote,
    InPollPhrase,
    VerbAnySubject,
    QuotedAs,
}
