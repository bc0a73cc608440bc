using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NewsAnalysis.TestSupport;
using Npgsql;

namespace NewsAnalysis.Web.Tests;

/// <summary>
/// The real app started as its own process with a database it cannot use: it must exit with one log line saying what
/// to do, and no stack trace.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StartupProblemTests(WebFixture web)
{
    private static async Task<(int ExitCode, string Output)> StartAppAsync(string connectionString, string urls = "http://127.0.0.1:0")
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };
        start.ArgumentList.Add(app);
        start.Environment["ConnectionStrings__News"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment["Jobs__Enabled"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static void AssertOneClearLine(string output, string expected)
    {
        var problems = output.Split('\n').Where(l => l.Contains("Cannot start", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 1, output);
        Assert.Contains(expected, problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" ERR] ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_is_down_says_so_and_exits()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var (exitCode, output) = await StartAppAsync($"Host=127.0.0.1;Port={closedPort};Database=news;Username=news;Password=x");
        Assert.Equal(1, exitCode);
        AssertOneClearLine(output, $"PostgreSQL at 127.0.0.1:{closedPort} cannot be reached");
    }

    [Fact]
    public async Task A_web_port_in_use_says_so_and_exits()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var (exitCode, output) = await StartAppAsync(web.Database.ConnectionString, $"http://127.0.0.1:{port}");
        Assert.Equal(1, exitCode);
        AssertOneClearLine(output, "Another program uses that port");
    }

    [Fact]
    public async Task A_malformed_connection_string_says_how_to_fix_it()
    {
        var (exitCode, output) = await StartAppAsync("Host=localhost;Prot=5432");
        Assert.Equal(1, exitCode);
        AssertOneClearLine(output, "is not a valid PostgreSQL connection string");
    }

    [Fact]
    public async Task A_wrong_password_says_so()
    {
        var wrong = new NpgsqlConnectionStringBuilder(web.Database.ConnectionString) { Password = "wrong" }.ConnectionString;
        var (exitCode, output) = await StartAppAsync(wrong);
        Assert.Equal(1, exitCode);
        AssertOneClearLine(output, "refused the user name or password");
    }

    [Fact]
    public async Task A_missing_database_the_user_may_not_create_says_how_to_create_it()
    {
        await using (var admin = new NpgsqlConnection(web.Database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var role = new NpgsqlCommand(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reporter') THEN CREATE ROLE reporter LOGIN NOCREATEDB PASSWORD 'reporter-pass'; END IF; END $$;",
                admin);
            await role.ExecuteNonQueryAsync();
        }

        var missing = new NpgsqlConnectionStringBuilder(web.Database.ConnectionString)
        {
            Database = "no_such_db",
            Username = "reporter",
            Password = "reporter-pass",
        }.ConnectionString;
        var (exitCode, output) = await StartAppAsync(missing);
        Assert.Equal(1, exitCode);
        AssertOneClearLine(output, "does not exist and user 'reporter' may not create it");
    }
}
