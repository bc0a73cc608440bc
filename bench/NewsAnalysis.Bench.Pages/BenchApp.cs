using Microsoft.AspNetCore.Hosting;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Bench.Pages;

/// <summary>The app as the tests start it, without a console line per request (that would be measured too).</summary>
public sealed class BenchApp(PostgresFixture database) : NewsWebFactory(database)
{
    /// <summary>Test projects get the web project's folder from Mvc.Testing's build step; an exe says it this way.</summary>
    public static void UseWebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "NewsAnalysis.Web");
            if (Directory.Exists(web))
            {
                Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NEWSANALYSIS_WEB", web);
                return;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
