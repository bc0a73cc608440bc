using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace NewsAnalysis.Data.Local;

/// <summary>
/// A private PostgreSQL cluster in a folder of its own (initdb on first use), listening on a free loopback port,
/// started and stopped by this process. Used by the web app when no database is configured, and by the tests.
/// When running as root the server runs as the <c>postgres</c> user, which PostgreSQL requires.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private readonly int? _requestedPort;
    private readonly bool _deleteOnDispose;
    private bool _startedHere;

    public LocalPostgres(string dataRoot, PostgresBinaries binaries, int? port = null, ILogger? logger = null, bool deleteOnDispose = false)
    {
        DataRoot = Path.GetFullPath(dataRoot);
        _binaries = binaries;
        _requestedPort = port;
        _logger = logger ?? NullLogger.Instance;
        _deleteOnDispose = deleteOnDispose;
    }

    /// <summary>Holds <c>data/</c> (the cluster), <c>server.log</c> and <c>password</c>.</summary>
    public string DataRoot { get; }

    public string DataDirectory => Path.Combine(DataRoot, "data");

    public string LogFile => Path.Combine(DataRoot, "server.log");

    public int Port { get; private set; }

    private string PasswordFile => Path.Combine(DataRoot, "password");

    private static bool AsRoot => Environment.IsPrivilegedProcess;

    /// <summary>A throwaway cluster in a new temporary folder, deleted again on dispose (tests).</summary>
    public static LocalPostgres CreateTemporary(ILogger? logger = null) =>
        new(Path.Combine(Path.GetTempPath(), "newsanalysis-pg-" + Guid.NewGuid().ToString("N")[..12]),
            PostgresBinaries.FindOrThrow(), port: null, logger, deleteOnDispose: true);

    /// <summary>Initialises the cluster if needed, starts it (or reuses the one already running on it), creates
    /// <paramref name="database"/> if missing, and returns a connection string to it.</summary>
    public async Task<string> StartAsync(string database, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(DataRoot);
        if (AsRoot)
        {
            await RunAsync("chown", ["-R", $"{ServiceUser}:", DataRoot], asServiceUser: false, cancellationToken);
            var reachable = await RunAsync("test", ["-w", DataRoot], asServiceUser: true, cancellationToken);
            if (reachable.ExitCode != 0)
            {
                throw new LocalPostgresException(
                    $"The user '{ServiceUser}' cannot write to {DataRoot} (a parent folder is private, e.g. /root). " +
                    "Set Database:DataDirectory to a folder outside it, e.g. /var/tmp/newsanalysis-pg.");
            }
        }

        var version = ReadDataVersion();
        if (version is null)
        {
            await InitAsync(cancellationToken);
        }
        else if (version != _binaries.MajorVersion)
        {
            throw new LocalPostgresException(
                $"The data folder {DataDirectory} was made by PostgreSQL {version}, but the programs found are PostgreSQL " +
                $"{_binaries.MajorVersion} ({_binaries.Folder}). Set PG_BIN to PostgreSQL {version}'s bin folder, or move the " +
                $"folder away (mv {DataRoot} {DataRoot}.old) to start with an empty database, or upgrade it with pg_upgrade.");
        }

        var running = await RunningPortAsync(cancellationToken);
        if (running is not null)
        {
            Port = running.Value;
            _logger.LogInformation("Local PostgreSQL already running on port {Port} ({DataDirectory})", Port, DataDirectory);
        }
        else
        {
            await StartServerAsync(cancellationToken);
        }

        var password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = ServiceUser,
            Password = password,
            Database = database,
        }.ConnectionString;
        await CreateDatabaseAsync(connectionString, database, cancellationToken);
        return connectionString;
    }

    public async Task StopAsync()
    {
        if (!_startedHere)
        {
            return;
        }

        _startedHere = false;
        var result = await RunAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], asServiceUser: AsRoot, CancellationToken.None);
        if (result.ExitCode == 0)
        {
            _logger.LogInformation("Local PostgreSQL on port {Port} stopped", Port);
        }
        else
        {
            _logger.LogWarning("Local PostgreSQL on port {Port} did not stop cleanly: {Output}", Port, result.Output.Trim());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_deleteOnDispose && Directory.Exists(DataRoot))
        {
            Directory.Delete(DataRoot, recursive: true);
        }
    }

    private int? ReadDataVersion()
    {
        var versionFile = Path.Combine(DataDirectory, "PG_VERSION");
        if (File.Exists(versionFile))
        {
            return int.Parse(File.ReadAllText(versionFile).Trim(), CultureInfo.InvariantCulture);
        }

        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new LocalPostgresException(
                $"{DataDirectory} is not empty but holds no PostgreSQL cluster (no PG_VERSION): move it away (mv {DataRoot} {DataRoot}.old) and start again.");
        }

        return null;
    }

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Creating a local PostgreSQL {Version} cluster in {DataDirectory}", _binaries.MajorVersion, DataDirectory);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        if (AsRoot)
        {
            await RunAsync("chown", [$"{ServiceUser}:", PasswordFile], asServiceUser: false, cancellationToken);
        }

        var result = await RunAsync(
            _binaries.InitDb,
            ["-D", DataDirectory, "-U", ServiceUser, "--pwfile", PasswordFile, "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8"],
            asServiceUser: AsRoot,
            cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"initdb failed in {DataDirectory}: {LastLine(result.Output)}");
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = _requestedPort ?? FreeLoopbackPort();
            if (_requestedPort is not null && !IsFree(Port))
            {
                throw new LocalPostgresException(
                    $"Port {Port} (Database:LocalPort) is in use by another program: choose another port or remove the setting to pick a free one.");
            }

            var options = $"-p {Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -k ''";
            if (_deleteOnDispose)
            {
                // A throwaway cluster need not survive a power cut: skip the disk flushes.
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            }

            var result = await RunAsync(
                _binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options],
                asServiceUser: AsRoot,
                cancellationToken);
            if (result.ExitCode == 0)
            {
                _startedHere = true;
                _logger.LogInformation("Local PostgreSQL {Version} started on 127.0.0.1:{Port} ({DataDirectory})", _binaries.MajorVersion, Port, DataDirectory);
                return;
            }

            // Another program may take the free port between our check and the server's bind: try another one.
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile, cancellationToken) : string.Empty;
            if (_requestedPort is null && attempt < 3 && log.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }

            throw new LocalPostgresException($"PostgreSQL did not start ({LastLine(result.Output)}); see {LogFile}.");
        }
    }

    private async Task<int?> RunningPortAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var status = await RunAsync(_binaries.PgCtl, ["status", "-D", DataDirectory], asServiceUser: AsRoot, cancellationToken);
        if (status.ExitCode != 0)
        {
            return null;
        }

        // postmaster.pid line 4 is the port.
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        return lines.Length > 3 && int.TryParse(lines[3], CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static async Task CreateDatabaseAsync(string connectionString, string database, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, bool asServiceUser, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServiceUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server inherits the working folder; the service user may not be allowed into ours.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServiceUser)
        {
            foreach (var argument in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new LocalPostgresException($"Could not run {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = string.Concat(await Task.WhenAll(stdout, stderr));
        return (process.ExitCode, output);
    }
}
