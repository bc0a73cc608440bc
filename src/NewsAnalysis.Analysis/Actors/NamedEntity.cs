namespace NewsAnalysis.Analysis.Actors;

/// <summary>A name the recogniser found: tokens [FirstToken, EndToken) of the document.</summary>
public readonly record struct NamedEntity(Span Span, int FirstToken, int EndToken, ActorKind Kind);
