using NewsAnalysis.Data.Local;

namespace NewsAnalysis.Web.Database;

/// <summary>
/// The app's private PostgreSQL for machines with nothing configured: a cluster in the repository's ignored
/// <c>.data/pg</c> (or <c>~/.local/share/newsanalysis/pg</c> outside a checkout, or <c>Database:DataDirectory</c>).
/// </summary>
public sealed class LocalDatabase(IConfiguration configuration, IHostEnvironment environment, ILogger<LocalDatabase> logger) : IAsyncDisposable
{
    private LocalPostgres? _server;

    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        var binaries = PostgresBinaries.Find(configuration["Database:PgBin"]) ?? throw new LocalPostgresException(
            $"No database configured (ConnectionStrings:News) and no PostgreSQL server programs found to start one. {PostgresBinaries.InstallHint}.");
        var port = configuration.GetValue<int?>("Database:LocalPort");
        _server = new LocalPostgres(DataRoot(), binaries, port, logger);
        logger.LogInformation("No ConnectionStrings:News configured: using a private PostgreSQL in {DataRoot}", _server.DataRoot);
        return await _server.StartAsync(configuration["Database:Name"] ?? "newsanalysis", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private string DataRoot()
    {
        if (configuration["Database:DataDirectory"] is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(environment.ContentRootPath); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsAnalysis.sln")))
            {
                return Path.Combine(folder.FullName, ".data", "pg");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "newsanalysis", "pg");
    }
}
