using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;

namespace NewsAnalysis.Web.Security;

/// <summary>
/// Login attempts (the login form and POST /api/login) are rate limited twice: per client address and account
/// (guessing one password), and per client address overall (trying many accounts). Identity's lockout still applies
/// on top. Limits in <c>RateLimiting:LoginPerAccountPerMinute</c> and <c>RateLimiting:LoginPerAddressPerMinute</c>.
/// </summary>
public static class LoginRateLimiting
{
    private const string AccountItem = "newsanalysis.login-account";
    private const int MaxLoginBody = 16 * 1024;

    public static void AddNewsRateLimiting(this WebApplicationBuilder builder)
    {
        var perAccount = builder.Configuration.GetValue("RateLimiting:LoginPerAccountPerMinute", 10);
        var perAddress = builder.Configuration.GetValue("RateLimiting:LoginPerAddressPerMinute", 60);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsync("Too many login attempts: wait a minute and try again.", cancellationToken);
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLogin(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("address|" + Address(context), _ => Window(perAddress))
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLogin(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter($"account|{Address(context)}|{context.Items[AccountItem]}", _ => Window(perAccount))
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
        });
    }

    /// <summary>Reads the account name of a login attempt (form or JSON, left readable for the endpoint), then limits.</summary>
    public static void UseNewsRateLimiting(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLogin(context.Request))
            {
                context.Items[AccountItem] = (await AccountAsync(context.Request))?.Trim().ToUpperInvariant() ?? string.Empty;
            }

            await next(context);
        });
        app.UseRateLimiter();
    }

    private static bool IsLogin(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/login", StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> AccountAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form["Email"].ToString();
        }

        if (request.ContentLength is > MaxLoginBody)
        {
            return null;
        }

        request.EnableBuffering(MaxLoginBody);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String
                ? email.GetString()
                : null;
        }
        catch (JsonException)
        {
            // The endpoint answers the malformed body itself; the attempt still counts against the address.
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
