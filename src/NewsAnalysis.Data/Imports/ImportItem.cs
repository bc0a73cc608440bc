using NewsAnalysis.Data.Articles;

namespace NewsAnalysis.Data.Imports;

/// <summary>One text of an import batch: its outcome, and the article it became.</summary>
public class ImportItem
{
    public long Id { get; set; }

    public long ImportBatchId { get; set; }

    public ImportBatch ImportBatch { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public ImportItemStatus Status { get; set; }

    public string? Error { get; set; }

    public long? ArticleId { get; set; }

    public Article? Article { get; set; }
}
