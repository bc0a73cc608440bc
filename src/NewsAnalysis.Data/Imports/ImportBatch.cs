using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Data.Imports;

/// <summary>One admin upload (files, a feed, a CSV) and how far its analysis has got.</summary>
public class ImportBatch
{
    public long Id { get; set; }

    /// <summary>Where the texts came from: "files", "csv", "rss", "seed", ...</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    public string? CreatedById { get; set; }

    public AppUser? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ImportStatus Status { get; set; }

    public int Total { get; set; }

    public int Done { get; set; }

    public int Failed { get; set; }

    public int Duplicates { get; set; }

    public List<ImportItem> Items { get; set; } = [];
}
