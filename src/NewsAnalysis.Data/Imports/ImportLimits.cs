namespace NewsAnalysis.Data.Imports;

/// <summary>The import's safety limits (configuration section <c>Import</c>).</summary>
public sealed class ImportLimits
{
    public const string Section = "Import";

    /// <summary>The most bytes one article (a file, a zip entry, a JSON record) may have.</summary>
    public long MaxArticleBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most bytes of one upload request (all files together).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    public int MaxZipEntries { get; set; } = 20_000;

    /// <summary>The most bytes a zip may expand to in total.</summary>
    public long MaxZipExpandedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>An entry expanding more than this many times its compressed size is treated as a zip bomb.</summary>
    public int MaxZipCompressionRatio { get; set; } = 100;

    public int MaxFeedItems { get; set; } = 1000;

    public TimeSpan FeedTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Items analysed and stored per transaction.</summary>
    public int ChunkSize { get; set; } = 50;

    /// <summary>Articles analysed at once.</summary>
    public int Parallelism { get; set; } = 2;
}
