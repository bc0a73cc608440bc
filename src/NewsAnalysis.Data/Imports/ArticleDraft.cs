namespace NewsAnalysis.Data.Imports;

/// <summary>An import item read and normalised: the article it becomes unless it is a duplicate.</summary>
public sealed record ArticleDraft(string Title, string Body, string? SourceName, string? SourceUrl, DateTimeOffset? PublishedAt, string? Warning);
