using Microsoft.AspNetCore.HttpOverrides;
using NewsAnalysis.Web.Identity;
using Serilog;

namespace NewsAnalysis.Web;

public static class Pipeline
{
    public static IServiceCollection AddNewsPages(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AddNewsAuthorization());
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
}
