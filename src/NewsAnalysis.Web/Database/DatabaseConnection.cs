namespace NewsAnalysis.Web.Database;

/// <summary>
/// The connection string the app uses, settled once at start-up: the configured <c>ConnectionStrings:News</c>, or the
/// private cluster <see cref="LocalPostgres"/> started for this run.
/// </summary>
public sealed class DatabaseConnection
{
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The database is not prepared yet: PrepareDatabaseAsync runs before the app starts.");

    internal void Use(string connectionString) => _connectionString = connectionString;
}
