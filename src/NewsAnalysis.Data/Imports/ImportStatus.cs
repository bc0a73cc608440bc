namespace NewsAnalysis.Data.Imports;

public enum ImportStatus
{
    Pending,
    Running,
    Completed,
    Failed,
}
