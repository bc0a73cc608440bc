using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Imports;

namespace NewsAnalysis.Web.Api;

/// <summary>POST /api/imports (admins: JSON article, feed URL, or files) and GET /api/imports/{id} (progress and item errors).</summary>
public static class ImportsApi
{
    public sealed record NewImport(string? Title, string? Text, string? Source, string? Url, string? FeedUrl);

    public sealed record ItemView(int Ordinal, string Name, string Status, string? Error, string? Warning, long? ArticleId);

    public sealed record BatchView(long Id, string Name, string Kind, string Status, int Total, int Imported, int Duplicates, int Failed, IReadOnlyList<ItemView> Items);

    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").RequireAuthorization(ApiPolicies.Admin).RequireCurrentUser();

        imports.MapPost(string.Empty, async Task<Results<Accepted<BatchView>, ValidationProblem>> (
                NewImport body, ImportStarter starter, UserManager<AppUser> users, HttpContext http, NewsDbContext db, CancellationToken cancellationToken) =>
            {
                ImportBatch batch;
                if (!string.IsNullOrWhiteSpace(body.FeedUrl))
                {
                    batch = await starter.FeedAsync(body.FeedUrl.Trim(), users.GetUserId(http.User), cancellationToken);
                }
                else if (!string.IsNullOrWhiteSpace(body.Title) && !string.IsNullOrWhiteSpace(body.Text))
                {
                    batch = await starter.PasteAsync(body.Title.Trim(), body.Text, body.Source, body.Url, users.GetUserId(http.User), cancellationToken);
                }
                else
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["import"] = ["give title and text, or feedUrl"] });
                }

                return TypedResults.Accepted($"/api/imports/{batch.Id}", await ViewAsync(db, batch.Id, cancellationToken));
            })
            .WithName("ImportArticle").WithSummary("Import one article (title, text, source, url) or an RSS/Atom feed (feedUrl); processed in the background.");

        imports.MapPost("/files", async Task<Results<Accepted<BatchView>, ValidationProblem>> (
                IFormFileCollection files, ImportStarter starter, UserManager<AppUser> users, HttpContext http, NewsDbContext db, CancellationToken cancellationToken) =>
            {
                if (files.Count == 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["attach one or more files"] });
                }

                var read = new List<(string, byte[])>();
                foreach (var file in files)
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, cancellationToken);
                    read.Add((Path.GetFileName(file.FileName), buffer.ToArray()));
                }

                var batch = await starter.FilesAsync(read, users.GetUserId(http.User), cancellationToken);
                return TypedResults.Accepted($"/api/imports/{batch.Id}", await ViewAsync(db, batch.Id, cancellationToken));
            })
            // A bearer-token-only endpoint: no browser cookie reaches it, so there is no cross-site form to guard against.
            .DisableAntiforgery()
            .WithName("ImportFiles").WithSummary("Import files (multipart): .txt, .html, .json, .jsonl, RSS/Atom .xml, .zip.");

        imports.MapGet("/{id:long}", async Task<Results<Ok<BatchView>, NotFound>> (long id, NewsDbContext db, CancellationToken cancellationToken) =>
                await db.ImportBatches.AnyAsync(b => b.Id == id, cancellationToken)
                    ? TypedResults.Ok(await ViewAsync(db, id, cancellationToken))
                    : TypedResults.NotFound())
            .WithName("ImportProgress").WithSummary("A batch's progress and its failed, duplicate or warned items.");
    }

    private static async Task<BatchView> ViewAsync(NewsDbContext db, long id, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken);
        var items = await db.ImportItems.AsNoTracking()
            .Where(i => i.ImportBatchId == id && (i.Status == ImportItemStatus.Failed || i.Status == ImportItemStatus.Duplicate || i.Warning != null))
            .OrderBy(i => i.Ordinal).Take(1000)
            .Select(i => new { i.Ordinal, i.Name, i.Status, i.Error, i.Warning, i.ArticleId })
            .ToListAsync(cancellationToken);
        return new BatchView(
            batch.Id, batch.Name, batch.Kind, SnakeCaseEnum.ToText(batch.Status), batch.Total, batch.Done, batch.Duplicates, batch.Failed,
            items.Select(i => new ItemView(i.Ordinal, i.Name, SnakeCaseEnum.ToText(i.Status), i.Error, i.Warning, i.ArticleId)).ToList());
    }
}
