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
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private LocalPostgres? _server;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _server = LocalPostgres.CreateTemporary();
        // A crashed or cancelled run must not leave a server behind.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        try
        {
            ConnectionString = await _server.StartAsync("newsanalysis_tests");
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
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private void StopOnExit(object? sender, EventArgs e) => _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
