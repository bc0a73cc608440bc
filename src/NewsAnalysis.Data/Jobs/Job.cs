namespace NewsAnalysis.Data.Jobs;

/// <summary>Long work (analysing an import) queued in PostgreSQL, so any process running the worker can take it.</summary>
public class Job
{
    public long Id { get; set; }

    /// <summary>Which handler runs it, e.g. <c>analyze-article</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The handler's arguments as JSON (jsonb).</summary>
    public required string Payload { get; set; }

    public JobStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset RunAfter { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
