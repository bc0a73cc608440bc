using Microsoft.AspNetCore.HttpOverrides;
using NewsAnalysis.Web.Identity;
using Serilog;

namespace NewsAnalysis.Web;

public static class Pipeline
{
    public static IServiceCollection AddNewsPages(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AddNewsAuthorization());
        services.AddMemoryCache();
        services.AddHealthChecks().AddDbContextCheck<NewsAnalysis.Data.NewsDbContext>("database");
        return services;
    }

    public static void UseNewsPipeline(this WebApplication app)
    {
        // Behind a reverse proxy (docker-compose, a load balancer) the scheme and client address come from headers.
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseNewsroom();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
    }

    /// <summary>Runs the app; a web port already taken is said in one line (with what to do) instead of a stack trace.</summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException problem) when (problem.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            app.Logger.LogCritical(
                "Cannot start: {Problem}. Another program uses that port: stop it, or choose another address (./run.sh --urls http://127.0.0.1:5081, or ASPNETCORE_URLS)",
                problem.Message.TrimEnd('.'));
            return 1;
        }
    }
}
