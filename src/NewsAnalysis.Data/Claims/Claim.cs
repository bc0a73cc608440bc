using AttributionKind = NewsAnalysis.Analysis.AttributionKind;
using Span = NewsAnalysis.Analysis.Span;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Figures;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Data.Claims;

/// <summary>A checkable statement in an article and who it is attributed to; spans index the article body.</summary>
public class Claim
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The engine's id within the article: "c1", ...</summary>
    public required string Key { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public double CheckWorthiness { get; set; }

    public AttributionKind AttributionKind { get; set; }

    public int? SourceStart { get; set; }

    public int? SourceEnd { get; set; }

    public string? SourceText { get; set; }

    /// <summary>The engine's actor key of the source ("a1"), also when a pronoun names it.</summary>
    public string? SourceActorKey { get; set; }

    public long? SourceActorId { get; set; }

    public ArticleActor? SourceActor { get; set; }

    public int? CueStart { get; set; }

    public int? CueEnd { get; set; }

    public string? CueText { get; set; }

    /// <summary>The status of the newest flag (denormalised from <see cref="Flag"/> history); null when never flagged.</summary>
    public FlagStatus? FlagStatus { get; set; }

    public DateTimeOffset? FlaggedAt { get; set; }

    /// <summary>PostgreSQL xmin: two editors flagging the same claim at once cannot silently overwrite each other.</summary>
    public uint Version { get; set; }

    public List<Figure> Figures { get; set; } = [];

    public List<Flag> Flags { get; set; } = [];

    public Span Span => new(Start, End);

    public Span? SourceSpan => SourceStart is { } start && SourceEnd is { } end ? new Span(start, end) : null;

    public Span? CueSpan => CueStart is { } start && CueEnd is { } end ? new Span(start, end) : null;
}
