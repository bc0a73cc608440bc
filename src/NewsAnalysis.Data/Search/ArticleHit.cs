namespace NewsAnalysis.Data.Search;

/// <summary>One article in a list or search result, with its analysis counts and the state of its flags.</summary>
public sealed record ArticleHit(
    long Id,
    string Title,
    string? SourceName,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ImportedAt,
    string? AnalyzerVersion,
    Snippet TitleSnippet,
    Snippet BodySnippet)
{
    public int Claims { get; set; }

    public int Figures { get; set; }

    public int Actors { get; set; }

    /// <summary>Claims per newest-flag status ("needs_checking" → 2); unflagged claims are not in it.</summary>
    public Dictionary<Flags.FlagStatus, int> FlagStates { get; } = [];

    public int OrphanedFlags { get; set; }
}
