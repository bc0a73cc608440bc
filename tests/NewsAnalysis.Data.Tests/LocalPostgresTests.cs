using System.Net;
using System.Net.Sockets;
using NewsAnalysis.Data.Local;

namespace NewsAnalysis.Data.Tests;

/// <summary>The bad inputs of a private cluster each give one message that says what to do.</summary>
public sealed class LocalPostgresTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsanalysis-badpg-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_data_folder_from_another_postgresql_version_is_refused_with_what_to_do()
    {
        var binaries = PostgresBinaries.FindOrThrow();
        var other = binaries.MajorVersion - 3;
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        await File.WriteAllTextAsync(Path.Combine(_root, "data", "PG_VERSION"), $"{other}\n");

        await using var server = new LocalPostgres(_root, binaries);
        var problem = await Assert.ThrowsAsync<LocalPostgresException>(() => server.StartAsync("x"));
        Assert.Contains($"made by PostgreSQL {other}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("PG_BIN", problem.Message, StringComparison.Ordinal);
        Assert.Contains("pg_upgrade", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_that_is_not_a_cluster_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        await File.WriteAllTextAsync(Path.Combine(_root, "data", "notes.txt"), "not a database");

        await using var server = new LocalPostgres(_root, PostgresBinaries.FindOrThrow());
        var problem = await Assert.ThrowsAsync<LocalPostgresException>(() => server.StartAsync("x"));
        Assert.Contains("no PG_VERSION", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requested_port_in_use_is_refused_with_what_to_do()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var server = new LocalPostgres(_root, PostgresBinaries.FindOrThrow(), port);
        var problem = await Assert.ThrowsAsync<LocalPostgresException>(() => server.StartAsync("x"));
        Assert.Contains($"Port {port}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("in use", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_binaries_say_what_to_install()
    {
        var problem = Assert.Throws<LocalPostgresException>(() => PostgresBinaries.FindOrThrow(searchPath: false, pgBin: _root));
        Assert.Contains("apt-get install postgresql", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_started_twice_on_the_same_folder_is_reused()
    {
        var binaries = PostgresBinaries.FindOrThrow();
        await using var first = new LocalPostgres(_root, binaries);
        var connection = await first.StartAsync("reuse");
        await using var second = new LocalPostgres(_root, binaries);
        Assert.Equal(connection, await second.StartAsync("reuse"));
        Assert.Equal(first.Port, second.Port);
    }
}
