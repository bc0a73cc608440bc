namespace NewsAnalysis.Data.Jobs;

public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
