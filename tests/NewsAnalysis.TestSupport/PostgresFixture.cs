using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Local;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Xunit;

namespace NewsAnalysis.TestSupport;

/// <summary>
/// A throwaway PostgreSQL for one test run: initdb in a temp folder, a free loopback port, migrations applied once;
/// <see cref="ResetAsync"/> empties every table (Respawn) so each test starts from the same state. Share it through
/// an xunit collection fixture (<c>[Collection(PostgresCollection.Name)]</c> in each test project).
/// Where a server is already provided (CI with a PostgreSQL service), set <c>NEWSANALYSIS_TEST_POSTGRES</c> to a
/// connection string of a user allowed to create databases: the fixture then uses a new database on it instead.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string ServerVariable = "NEWSANALYSIS_TEST_POSTGRES";

    private LocalPostgres? _server;
    private Respawner? _respawner;
    private string? _createdOnServer;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        try
        {
            ConnectionString = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
                ? await CreateDatabaseOnAsync(server)
                : await StartLocalServerAsync();
            await using (var db = CreateContext())
            {
                await db.Database.MigrateAsync();
            }

            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                // The schema's history and the running app's data-protection keys outlive a reset.
                TablesToIgnore = [new Table("__ef_migrations_history"), new Table("data_protection_keys")],
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task<string> StartLocalServerAsync()
    {
        _server = LocalPostgres.CreateTemporary();
        // A crashed or cancelled run must not leave a server behind.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        return await _server.StartAsync("newsanalysis_tests");
    }

    private async Task<string> CreateDatabaseOnAsync(string server)
    {
        var name = "newsanalysis_tests_" + Guid.NewGuid().ToString("N")[..10];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        _createdOnServer = server;
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public NewsDbContext CreateContext() => new(NewsDatabase.OptionsFor(ConnectionString));

    /// <summary>Empties every table except the migrations history and data-protection keys.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        if (_createdOnServer is not null)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await ExecuteAsync(_createdOnServer, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            _createdOnServer = null;
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private void StopOnExit(object? sender, EventArgs e) => _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
