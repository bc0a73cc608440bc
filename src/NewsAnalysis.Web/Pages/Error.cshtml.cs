using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsAnalysis.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    /// <summary>The request failed because PostgreSQL could not be reached (stopped, restarting, network).</summary>
    public bool DatabaseUnavailable { get; private set; }

    public void OnGet()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        DatabaseUnavailable = IsDatabaseAway(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        if (DatabaseUnavailable)
        {
            // 503 tells proxies and monitors this is temporary, unlike a 500.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }
    }

    private static bool IsDatabaseAway(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            // Client-side Npgsql errors (not a PostgresException from the server) are connection failures: refused,
            // reset, or a pooled connection the server closed when it stopped.
            if (e is Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" } or Npgsql.NpgsqlException { IsTransient: true }
                || (e is Npgsql.NpgsqlException && e is not Npgsql.PostgresException))
            {
                return true;
            }
        }

        return false;
    }
}
