using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsAnalysis.TestSupport;

/// <summary>
/// The real web app (Program) on the fixture's database, in the Development environment so the demo users and article
/// are seeded at start. The job worker is off: tests run jobs themselves with <c>JobWorker.RunNextAsync</c>.
/// </summary>
public class NewsWebFactory(PostgresFixture database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:News", database.ConnectionString);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Seed:DemoData", "true");
        // Page tests count on the one sample article; the Wikinews demo texts have a test of their own.
        builder.UseSetting("Seed:DemoWikinews", "false");
    }
}
