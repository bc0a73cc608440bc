namespace NewsAnalysis.Data.Imports;

public enum ImportItemStatus
{
    Pending,
    Imported,
    Duplicate,
    Failed,
}
