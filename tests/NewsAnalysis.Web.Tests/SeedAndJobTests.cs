using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.Data.Users;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Jobs;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Web.Tests;

public sealed class SeedAndJobTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task The_demo_article_is_imported_and_analysed_by_the_current_engine()
    {
        await using var db = Web.Database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(DemoSeed.DemoArticleTitle, article.Title);
        Assert.Equal(ArticleAnalyzer.Version, article.AnalyzerVersion);
        Assert.NotNull(article.AnalyzedAt);
        Assert.Equal(ContentHash.Of(article.Body), article.ContentHash);
        var expected = ArticleAnalyzer.Default.Analyze(article.Body);
        Assert.Equal(expected.Claims.Count, await db.Claims.CountAsync(c => c.ArticleId == article.Id));
        Assert.Equal(expected.Actors.Count, await db.ArticleActors.CountAsync(a => a.ArticleId == article.Id));
        Assert.Equal(expected.Figures.Count, await db.Figures.CountAsync(f => f.ArticleId == article.Id));
    }

    [Fact]
    public async Task The_demo_users_have_their_roles()
    {
        await using var scope = Web.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (email, role, _) in DemoSeed.DemoUsers)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
        }
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
        }

        await using var db = Web.Database.CreateContext();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal(3, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Instances_starting_together_seed_once()
    {
        await Web.Database.ResetAsync();
        async Task SeedAsync()
        {
            await using var scope = Web.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
        }

        await Task.WhenAll(SeedAsync(), SeedAsync(), SeedAsync());

        await using var db = Web.Database.CreateContext();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal(3, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Production_refuses_to_create_demo_users_even_when_asked_but_creates_the_configured_admin()
    {
        await Web.Database.ResetAsync();
        await using var production = Web.Factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Seed:DemoData", "true")
            .UseSetting("Admin:Email", "chief@paper.example")
            .UseSetting("Admin:Password", "a-long-admin-secret"));
        await using (var scope = production.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
        }

        await using var db = Web.Database.CreateContext();
        Assert.Equal("chief@paper.example", (await db.Users.SingleAsync()).Email);
        Assert.Equal(0, await db.Articles.CountAsync());
        await LoggedInClient.LogInAsync(production, "chief@paper.example", "a-long-admin-secret");
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_worker_analyses_an_article_queued_in_the_database()
    {
        const string body = "The ministry said on Tuesday that 1,200 homes were destroyed.";
        long articleId;
        await using (var db = Web.Database.CreateContext())
        {
            var article = new Article { Title = "Queued", Body = body, ContentHash = ContentHash.Of(body), ImportedAt = DateTimeOffset.UtcNow };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            articleId = article.Id;
            AnalyzeArticleJob.Enqueue(new JobQueue(db, TimeProvider.System), articleId);
            await db.SaveChangesAsync();
        }

        var worker = Web.Factory.Services.GetRequiredService<JobWorker>();
        Assert.True(await worker.RunNextAsync(CancellationToken.None));
        Assert.False(await worker.RunNextAsync(CancellationToken.None));

        await using var check = Web.Database.CreateContext();
        Assert.Equal(JobStatus.Succeeded, (await check.Jobs.SingleAsync()).Status);
        var analysed = await check.Articles.SingleAsync(a => a.Id == articleId);
        Assert.Equal(ArticleAnalyzer.Version, analysed.AnalyzerVersion);
    }

    [Fact]
    public async Task A_job_that_fails_is_recorded_and_queued_again()
    {
        await using (var db = Web.Database.CreateContext())
        {
            AnalyzeArticleJob.Enqueue(new JobQueue(db, TimeProvider.System), articleId: 987654);
            await db.SaveChangesAsync();
        }

        Assert.True(await Web.Factory.Services.GetRequiredService<JobWorker>().RunNextAsync(CancellationToken.None));
        await using var check = Web.Database.CreateContext();
        var job = await check.Jobs.SingleAsync();
        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.NotNull(job.Error);
        Assert.True(job.RunAfter > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database()
    {
        await LoggedInClient.LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);
        await using var db = Web.Database.CreateContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }
}
