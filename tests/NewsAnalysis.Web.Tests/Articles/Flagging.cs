using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Web.Tests.Articles;

/// <summary>Flags a stored claim as an editor would (a flag row, and the claim's denormalised status).</summary>
public static class Flagging
{
    public static async Task FlagAsync(PostgresFixture database, long articleId, string claimKey, FlagStatus status, string? note = null)
    {
        await using var db = database.CreateContext();
        var editor = await db.Users.SingleAsync(u => u.Email == DemoSeed.DemoUsers[1].Email);
        var claim = await db.Claims.SingleAsync(c => c.ArticleId == articleId && c.Key == claimKey);
        var now = DateTimeOffset.UtcNow;
        db.Flags.Add(new Flag
        {
            ClaimId = claim.Id,
            ArticleId = articleId,
            ClaimKey = claim.Key,
            ClaimText = claim.Text,
            Status = status,
            Note = note,
            CreatedById = editor.Id,
            CreatedAt = now,
        });
        claim.FlagStatus = status;
        claim.FlaggedAt = now;
        await db.SaveChangesAsync();
    }
}
