using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.TestSupport;
using Npgsql;

namespace NewsAnalysis.Data.Tests;

public sealed class SchemaTests(PostgresFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task Model_has_no_changes_without_a_migration()
    {
        await using var db = NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration with dotnet ef migrations add.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Tables_and_columns_are_snake_case()
    {
        await using var db = NewContext();
        var names = await db.Database
            .SqlQuery<string>($"SELECT table_name || '.' || column_name AS \"Value\" FROM information_schema.columns WHERE table_schema = 'public'")
            .ToListAsync();
        Assert.Contains("articles.content_hash", names);
        Assert.Contains("claims.attribution_kind", names);
        Assert.Contains("users.normalized_email", names);
        Assert.Contains("user_roles.role_id", names);
        Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));

        var indexes = await db.Database
            .SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'")
            .ToListAsync();
        Assert.Contains("ix_articles_search_vector", indexes);
        Assert.All(indexes, n => Assert.Equal(n.ToLowerInvariant(), n));
    }

    [Fact]
    public async Task The_same_text_is_one_article_whatever_its_line_endings()
    {
        await AddArticleAsync("Troops moved in.\nOfficials said 40 died.\n");
        await using var db = NewContext();
        db.Articles.Add(NewArticle("Troops moved in.\r\nOfficials said 40 died.", "Same text again"));
        var problem = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(problem.InnerException).SqlState);
    }

    [Fact]
    public async Task Full_text_search_finds_words_of_title_and_body_ranked_title_first()
    {
        var inBody = await AddArticleAsync("The ceasefire talks resumed in Cairo on Monday.", "Diplomacy week");
        var inTitle = await AddArticleAsync("Negotiators met again without result.", "Ceasefire talks stall");
        await AddArticleAsync("The harvest was the largest in a decade.", "Farm news");

        await using var db = NewContext();
        var found = await db.Articles
            .Where(a => a.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", "ceasefire")))
            .OrderByDescending(a => a.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", "ceasefire")))
            .Select(a => a.Id)
            .ToListAsync();
        Assert.Equal([inTitle, inBody], found);
    }

    [Fact]
    public void Content_hash_is_sha256_hex_of_the_normalised_body()
    {
        Assert.Equal(ContentHash.Of("abc"), ContentHash.Of("  abc\r\n"));
        Assert.NotEqual(ContentHash.Of("abc"), ContentHash.Of("abd"));
        // sha256("abc")
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of("abc"));
    }
}
