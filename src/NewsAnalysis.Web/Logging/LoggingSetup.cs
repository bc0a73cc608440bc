using Serilog;
using Serilog.Events;

namespace NewsAnalysis.Web.Logging;

public static class LoggingSetup
{
    /// <summary>Log-context property set while start-up prepares the database.</summary>
    public const string PreparingDatabase = nameof(PreparingDatabase);

    /// <summary>Structured logs to the console; levels and sinks can be overridden under "Serilog" in configuration.</summary>
    public static void AddNewsLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // While the database is prepared, a failure ends start-up with one line that says what to do; EF's own
            // error reports of the same failure (and of its expected miss of the history table) would only bury it.
            .Filter.ByExcluding(e => e.Level >= LogEventLevel.Error
                && e.Properties.ContainsKey(PreparingDatabase)
                && e.Properties.TryGetValue("SourceContext", out var source)
                && source.ToString().StartsWith("\"Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            // A web port in use is reported in one line by RunOrExplainAsync; the host's stack trace would bury it.
            .Filter.ByExcluding(e => e.Exception is IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException })
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
}
