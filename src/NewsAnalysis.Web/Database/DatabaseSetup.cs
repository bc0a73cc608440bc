using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Local;
using NewsAnalysis.Web.Seeding;
using Npgsql;

namespace NewsAnalysis.Web.Database;

public static class DatabaseSetup
{
    public const string ConnectionName = "News";

    public static void AddNewsDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DatabaseConnection>();
        services.AddSingleton<LocalDatabase>();
        services.AddNewsDatabase(provider => provider.GetRequiredService<DatabaseConnection>().ConnectionString);
        services.AddScoped<DemoSeed>();
    }

    /// <summary>
    /// Settles the connection (configured, or a private local cluster), applies migrations and seeds demo data.
    /// Returns false after logging one line that says what to do when the database cannot be used.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsAnalysis.Database");
        using var preparing = Serilog.Context.LogContext.PushProperty(Logging.LoggingSetup.PreparingDatabase, true);
        try
        {
            var connection = app.Services.GetRequiredService<DatabaseConnection>();
            connection.Use(await ResolveConnectionStringAsync(app, logger));
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await MigrateAsync(db, logger, app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (DatabaseStartupException problem)
        {
            logger.LogCritical("Cannot start: {Problem}", problem.Message);
        }
        catch (LocalPostgresException problem)
        {
            logger.LogCritical("Cannot start the local PostgreSQL: {Problem}", problem.Message);
        }
        catch (Exception problem) when (Describe(problem, app.Configuration) is { } described)
        {
            logger.LogCritical("Cannot start: {Problem}", described);
        }

        await app.Services.GetRequiredService<LocalDatabase>().DisposeAsync();
        return false;
    }

    private static async Task<string> ResolveConnectionStringAsync(WebApplication app, ILogger logger)
    {
        var configured = app.Configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            try
            {
                var parsed = new NpgsqlConnectionStringBuilder(configured);
                logger.LogInformation("Using the configured database {Database} on {Host}:{Port}", parsed.Database, parsed.Host, parsed.Port);
            }
            catch (ArgumentException problem)
            {
                throw new DatabaseStartupException(
                    $"ConnectionStrings:{ConnectionName} is not a valid PostgreSQL connection string ({problem.Message}). " +
                    "Fix it in appsettings or the ConnectionStrings__News environment variable, e.g. \"Host=localhost;Port=5432;Database=newsanalysis;Username=newsanalysis;Password=...\".",
                    problem);
            }

            return configured;
        }

        if (!app.Configuration.GetValue("Database:AutoProvision", true))
        {
            throw new DatabaseStartupException(
                $"No database configured: set ConnectionStrings:{ConnectionName} (environment variable ConnectionStrings__News), " +
                "or remove Database:AutoProvision=false to let the app start a private local PostgreSQL.");
        }

        var local = app.Services.GetRequiredService<LocalDatabase>();
        var connectionString = await local.StartAsync(app.Lifetime.ApplicationStopping);
        // Stopped with the app; the host waits for ApplicationStopped callbacks before the process exits.
        app.Lifetime.ApplicationStopped.Register(() => local.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return connectionString;
    }

    private static async Task MigrateAsync(NewsDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }

        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {Count} migration(s)", pending.Count);
    }

    // Known ways a database is unusable, said as what to do; anything else is a bug and keeps its stack trace.
    private static string? Describe(Exception problem, IConfiguration configuration)
    {
        var where = DescribeTarget(configuration.GetConnectionString(ConnectionName));
        return problem switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                $"PostgreSQL at {where} refused the user name or password: fix Username/Password in ConnectionStrings:{ConnectionName}.",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } when problem.Message.Contains("create database", StringComparison.OrdinalIgnoreCase) =>
                $"The database {DescribeDatabase(configuration)} does not exist and user '{DescribeUser(configuration)}' may not create it: " +
                "create it (createdb -O <user> <database>) or give the user CREATEDB.",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } =>
                $"User '{DescribeUser(configuration)}' lacks a privilege the app needs at {where} ({((PostgresException)problem).MessageText}): make it the owner of the database.",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"The database in ConnectionStrings:{ConnectionName} does not exist at {where}: create it (createdb) or fix Database=.",
            PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown } =>
                $"PostgreSQL at {where} is starting up or shutting down: start the app again when it is up.",
            NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
                $"PostgreSQL at {where} cannot be reached (is it running? right host and port?): start the database or fix ConnectionStrings:{ConnectionName}.",
            _ => null,
        };
    }

    private static string DescribeDatabase(IConfiguration configuration) =>
        new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ConnectionName)).Database ?? "(none)";

    private static string DescribeUser(IConfiguration configuration) =>
        new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ConnectionName)).Username ?? "(none)";

    private static string DescribeTarget(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "the local cluster";
        }

        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{parsed.Host}:{parsed.Port}";
    }
}
