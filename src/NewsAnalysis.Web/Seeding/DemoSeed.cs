using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Web.Seeding;

/// <summary>
/// The roles, always; the first admin from <c>Admin:Email</c>/<c>Admin:Password</c> when configured (how a production
/// install gets its first login); on an empty database outside Production also the demo users and the sample article,
/// analysed, with the Wikinews demo texts (<c>Seed:DemoWikinews</c>, default on) so that actors and figures can be
/// followed across articles: a fresh install has something to log in to and look at.
/// </summary>
public sealed class DemoSeed(
    NewsDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    ArticleAnalysisStore analyses,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DemoSeed> logger)
{
    public const string DevelopmentPassword = "NewsDemo-2026";
    public const string DemoArticleTitle = "Netanyahu remains belligerent despite pressure to accept truce deal";

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> DemoUsers =
    [
        ("admin@newsanalysis.local", Roles.Admin, "Demo Admin"),
        ("editor@newsanalysis.local", Roles.Editor, "Demo Editor"),
        ("journalist@newsanalysis.local", Roles.Journalist, "Demo Journalist"),
    ];

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Several instances may start at once: one seeds, the others wait and then find the work done.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(741852963)", cancellationToken);
        await SeedRolesAsync();
        await SeedConfiguredAdminAsync();
        if (configuration.GetValue("Seed:DemoData", environment.IsDevelopment()))
        {
            if (environment.IsProduction())
            {
                logger.LogWarning("Seed:DemoData is ignored in Production: demo users with a published password are never created there");
            }
            else
            {
                await SeedUsersAsync();
                await SeedArticleAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    private async Task SeedConfiguredAdminAsync()
    {
        if (configuration["Admin:Email"] is not { Length: > 0 } email || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var password = configuration["Admin:Password"];
        if (string.IsNullOrEmpty(password))
        {
            logger.LogWarning("Admin:Email is set but Admin:Password is not: no admin account created");
            return;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        Check(await users.CreateAsync(admin, password), email);
        Check(await users.AddToRoleAsync(admin, Roles.Admin), email);
        logger.LogInformation("Created the configured admin {Email}", email);
    }

    private async Task SeedUsersAsync()
    {
        var password = configuration["Seed:DemoPassword"] is { Length: > 0 } configured ? configured : DevelopmentPassword;
        var created = new List<string>();
        foreach (var (email, role, name) in DemoUsers)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Check(await users.CreateAsync(user, password), email);
            Check(await users.AddToRoleAsync(user, role), email);
            created.Add(email);
        }

        if (created.Count > 0)
        {
            logger.LogInformation("Created demo users {Users} (development password in README)", created);
        }
    }

    private async Task SeedArticleAsync(CancellationToken cancellationToken)
    {
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var body = ReadDemoArticle();
        var now = clock.GetUtcNow();
        var batch = SeedBatch("Demo data", 1, now);
        var article = new Article
        {
            Title = DemoArticleTitle,
            Body = body,
            SourceName = "NewsAnalysis sample (opinion)",
            ContentHash = ContentHash.Of(body),
            ImportedAt = now,
            ImportBatch = batch,
        };
        batch.Items.Add(new ImportItem { Ordinal = 1, Name = "netanyahu-truce-opinion.txt", Status = ImportItemStatus.Imported, Article = article });
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        var result = Analysis.ArticleAnalyzer.Default.Analyze(article.Body);
        await analyses.SaveAsync(article, result, cancellationToken);
        logger.LogInformation(
            "Imported the demo article {ArticleId}: {Actors} actors, {Claims} claims, {Figures} figures",
            article.Id, result.Actors.Count, result.Claims.Count, result.Figures.Count);
        if (configuration.GetValue("Seed:DemoWikinews", true))
        {
            await SeedWikinewsAsync(now, cancellationToken);
        }
    }

    private async Task SeedWikinewsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var texts = WikinewsText.ReadAll();
        var batch = SeedBatch("Demo data: Wikinews (CC BY 2.5)", texts.Count, now);
        var articles = new List<Article>();
        foreach (var (text, ordinal) in texts.Select((text, i) => (text, i + 1)))
        {
            var article = new Article
            {
                Title = text.Title,
                Body = text.Body,
                SourceName = WikinewsText.SourceName,
                SourceUrl = text.Url.AbsoluteUri,
                PublishedAt = text.PublishedAt,
                ContentHash = ContentHash.Of(text.Body),
                // Older than the sample article, which stays first in the newest-imported lists.
                ImportedAt = now.AddSeconds(-ordinal),
                ImportBatch = batch,
            };
            batch.Items.Add(new ImportItem { Ordinal = ordinal, Name = text.FileName, Status = ImportItemStatus.Imported, Article = article });
            articles.Add(article);
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var article in articles)
        {
            await analyses.SaveAsync(article, Analysis.ArticleAnalyzer.Default.Analyze(article.Body), cancellationToken);
        }

        logger.LogInformation("Imported {Count} Wikinews demo articles (CC BY 2.5)", articles.Count);
    }

    private static ImportBatch SeedBatch(string name, int count, DateTimeOffset now) => new()
    {
        Kind = "seed",
        Name = name,
        CreatedAt = now,
        Status = ImportStatus.Completed,
        Total = count,
        Done = count,
    };

    public static string ReadDemoArticle()
    {
        using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream("NewsAnalysis.Web.Seeding.demo-article.txt")
            ?? throw new InvalidOperationException("The demo article is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
