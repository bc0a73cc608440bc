using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Users;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Data.Tests;

/// <summary>Base of the database tests: an empty database before each test, and small builders for rows.</summary>
[Collection(PostgresCollection.Name)]
public abstract class DatabaseTest(PostgresFixture database) : IAsyncLifetime
{
    protected PostgresFixture Database { get; } = database;

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected NewsDbContext NewContext() => Database.CreateContext();

    protected static Article NewArticle(string body, string title = "A test article") => new()
    {
        Title = title,
        Body = body,
        ContentHash = ContentHash.Of(body),
        ImportedAt = DateTimeOffset.UtcNow,
    };

    protected async Task<AppUser> AddUserAsync(string email = "editor@example.org")
    {
        await using var db = NewContext();
        var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    protected async Task<long> AddArticleAsync(string body, string title = "A test article")
    {
        await using var db = NewContext();
        var article = NewArticle(body, title);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}
