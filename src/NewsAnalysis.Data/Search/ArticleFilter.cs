using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Data.Search;

/// <summary>What a journalist searches for: words (web-search syntax: "quoted phrase", or, -not) and filters.</summary>
public sealed record ArticleFilter
{
    public string? Query { get; init; }

    public string? Source { get; init; }

    /// <summary>Published on or after this day (UTC).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this day (UTC).</summary>
    public DateOnly? To { get; init; }

    /// <summary>A registry actor the article names.</summary>
    public long? ActorId { get; init; }

    /// <summary>The article has a claim attributed this way.</summary>
    public AttributionKind? Kind { get; init; }

    public FlagFilter Flag { get; init; } = FlagFilter.Any;

    /// <summary>With <see cref="Flag"/> = <see cref="FlagFilter.Status"/>: the article has a claim whose newest flag is this.</summary>
    public FlagStatus? FlagStatus { get; init; }

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);
}

public enum FlagFilter
{
    Any,
    Flagged,
    Unflagged,
    Status,
    Orphaned,
}
