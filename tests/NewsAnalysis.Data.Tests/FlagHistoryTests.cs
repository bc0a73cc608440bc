using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using Npgsql;

namespace NewsAnalysis.Data.Tests;

public sealed class FlagHistoryTests(PostgresFixture database) : DatabaseTest(database)
{
    private async Task<(long ArticleId, long ClaimId, long FlagId)> FlaggedClaimAsync()
    {
        var user = await AddUserAsync();
        var articleId = await AddArticleAsync("The dam broke at night, officials said.");
        await using var db = NewContext();
        var claim = new Claim { ArticleId = articleId, Key = "c1", Start = 0, End = 23, Text = "The dam broke at night" };
        db.Claims.Add(claim);
        await db.SaveChangesAsync();
        var flag = new Flag
        {
            ClaimId = claim.Id, ArticleId = articleId, ClaimKey = "c1", ClaimText = claim.Text,
            Status = FlagStatus.NeedsChecking, CreatedById = user.Id, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Flags.Add(flag);
        await db.SaveChangesAsync();
        return (articleId, claim.Id, flag.Id);
    }

    [Fact]
    public async Task A_flag_cannot_be_changed()
    {
        var (_, _, flagId) = await FlaggedClaimAsync();
        await using var db = NewContext();
        var problem = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Flags.Where(f => f.Id == flagId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FlagStatus.Verified)));
        Assert.Contains("append-only", problem.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_cannot_be_deleted()
    {
        var (_, _, flagId) = await FlaggedClaimAsync();
        await using var db = NewContext();
        await Assert.ThrowsAsync<PostgresException>(() => db.Flags.Where(f => f.Id == flagId).ExecuteDeleteAsync());
        Assert.Equal(1, await db.Flags.CountAsync());
    }

    [Fact]
    public async Task Deleting_the_claim_keeps_the_flag_and_deleting_the_article_removes_both()
    {
        var (articleId, claimId, flagId) = await FlaggedClaimAsync();
        await using var db = NewContext();
        await db.Claims.Where(c => c.Id == claimId).ExecuteDeleteAsync();
        var orphan = await db.Flags.AsNoTracking().SingleAsync(f => f.Id == flagId);
        Assert.Null(orphan.ClaimId);
        Assert.Equal("The dam broke at night", orphan.ClaimText);

        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync();
        Assert.Equal(0, await db.Flags.CountAsync());
    }

    [Fact]
    public async Task Two_editors_saving_the_same_claim_at_once_cannot_overwrite_each_other()
    {
        var (_, claimId, _) = await FlaggedClaimAsync();
        await using var first = NewContext();
        await using var second = NewContext();
        var mine = await first.Claims.SingleAsync(c => c.Id == claimId);
        var theirs = await second.Claims.SingleAsync(c => c.Id == claimId);

        mine.FlagStatus = FlagStatus.Verified;
        await first.SaveChangesAsync();
        theirs.FlagStatus = FlagStatus.False;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = NewContext();
        Assert.Equal(FlagStatus.Verified, (await check.Claims.SingleAsync(c => c.Id == claimId)).FlagStatus);
    }

    [Fact]
    public async Task Statuses_are_stored_as_snake_case_text()
    {
        var (_, _, flagId) = await FlaggedClaimAsync();
        await using var db = NewContext();
        var stored = await db.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM flags WHERE id = {flagId}").SingleAsync();
        Assert.Equal("needs_checking", stored);
    }
}
