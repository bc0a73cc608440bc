using Serilog;
using Serilog.Events;

namespace NewsAnalysis.Web.Logging;

public static class LoggingSetup
{
    /// <summary>Structured logs to the console; levels and sinks can be overridden under "Serilog" in configuration.</summary>
    public static void AddNewsLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            // A connection failure surfaces as the caller's exception (start-up turns it into one clear line); EF's own
            // report of it would only repeat it.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Connection", LogEventLevel.Fatal)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // EF reads the migrations history table before creating it on a new database; that expected miss is no error.
            .Filter.ByExcluding(e => e.Level == LogEventLevel.Error
                && e.Properties.TryGetValue("commandText", out var command)
                && command.ToString().Contains("__ef_migrations_history", StringComparison.Ordinal)
                && !command.ToString().Contains("INSERT", StringComparison.Ordinal))
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
}
