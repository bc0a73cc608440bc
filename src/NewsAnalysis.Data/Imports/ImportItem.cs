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

    /// <summary>How <see cref="Payload"/> is read: text, html, record (a JSON article object).</summary>
    public string Format { get; set; } = ImportFormats.Text;

    /// <summary>The item's raw bytes as uploaded, stored before processing so a restart loses nothing; cleared once processed.</summary>
    public byte[]? Payload { get; set; }

    /// <summary>Something the admin should know although the item was imported, e.g. a Windows-1252 fallback.</summary>
    public string? Warning { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public long? ArticleId { get; set; }

    public Article? Article { get; set; }
}
