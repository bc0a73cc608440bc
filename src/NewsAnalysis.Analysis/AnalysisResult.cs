namespace NewsAnalysis.Analysis;

/// <summary>Everything the engine found in one article; every span indexes the exact text it was given.</summary>
public sealed record AnalysisResult(
    string Analyzer,
    IReadOnlyList<Span> Sentences,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Claim> Claims);

public enum ActorKind { Person, Organization, Location, Other }

public enum MentionType { Name, Pronoun, Nominal }

/// <summary>One real-world person, organisation, place or other named thing, with every mention of it.</summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, IReadOnlyList<Mention> Mentions);

public sealed record Mention(Span Span, string Text, MentionType Type);

/// <summary>A quantity the text states, normalised.</summary>
/// <param name="Unit">"%", an ISO currency code, a measurement unit ("km"), or null for a plain count.</param>
/// <param name="Measure">What is counted when the text says it ("death toll"), else null.</param>
/// <param name="Qualifier">null or one of over, under, about, at least, at most, up to, nearly, exactly.</param>
public sealed record Figure(
    string Id,
    Span Span,
    string Text,
    double Value,
    string? Unit,
    string? Measure,
    string? Qualifier,
    string? ClaimId);

public enum AttributionKind { Direct, Indirect, Mixed, Vague, Unattributed }

/// <summary>A statement a reader could check or contest; for attributed speech the span is the content only.</summary>
public sealed record Claim(string Id, Span Span, string Text, double CheckWorthiness, Attribution Attribution);

/// <summary>Who a claim is attributed to, and the word that says so.</summary>
public sealed record Attribution(AttributionKind Kind, AttributionSource? Source, Cue? Cue)
{
    public static readonly Attribution None = new(AttributionKind.Unattributed, null, null);
}

/// <summary>The span naming who said it; <see cref="ActorId"/> resolves names, pronouns and nominals.</summary>
public sealed record AttributionSource(Span Span, string Text, string? ActorId);

/// <summary>The reporting word or phrase: "said", "according to", "accused".</summary>
public sealed record Cue(Span Span, string Text);
