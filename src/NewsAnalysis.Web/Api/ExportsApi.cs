using System.Text.Json;
using NewsAnalysis.Analysis.Json;
using NewsAnalysis.Data;
using NewsAnalysis.Web.Exports;

namespace NewsAnalysis.Web.Api;

/// <summary>GET /api/articles/{id}/export/...: the analysis as the engine contract, Web Annotations, ClaimReview, CSV.</summary>
public static class ExportsApi
{
    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/articles/{id:long}/export").RequireAuthorization(ApiPolicies.Read).RequireCurrentUser();

        exports.MapGet("/analysis.json", (long id, NewsDbContext db, HttpContext http, CancellationToken cancellationToken) =>
                WriteAsync(id, db, http, "application/json", $"article-{id}-analysis.json", async (stored, body) =>
                {
                    await using var w = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true, Encoder = AnalysisJson.Encoder });
                    AnalysisJson.Write(w, stored.Result);
                }, cancellationToken))
            .WithName("ExportAnalysis").WithSummary("The stored analysis in the engine's JSON contract.");

        exports.MapGet("/annotations.jsonld", (long id, NewsDbContext db, HttpContext http, CancellationToken cancellationToken) =>
                WriteAsync(id, db, http, WebAnnotationExport.ContentType, $"article-{id}-annotations.jsonld", async (stored, body) =>
                {
                    await using var w = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true, Encoder = AnalysisJson.Encoder });
                    WebAnnotationExport.Write(w, stored, ArticleUrl(http, id));
                }, cancellationToken))
            .WithName("ExportAnnotations").WithSummary("W3C Web Annotations: each claim, figure and actor mention with quote and position selectors.");

        exports.MapGet("/claimreview.jsonld", (long id, NewsDbContext db, HttpContext http, IConfiguration configuration, CancellationToken cancellationToken) =>
                WriteAsync(id, db, http, ClaimReviewExport.ContentType, $"article-{id}-claimreview.jsonld", async (stored, body) =>
                {
                    await using var w = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true, Encoder = AnalysisJson.Encoder });
                    await ClaimReviewExport.WriteAsync(w, db, stored, BaseUrl(http), configuration["Newsroom:Name"] ?? "NewsAnalysis newsroom", cancellationToken);
                }, cancellationToken))
            .WithName("ExportClaimReviews").WithSummary("schema.org ClaimReview for each flagged claim (its newest flag).");

        exports.MapGet("/claims.csv", (long id, NewsDbContext db, HttpContext http, CancellationToken cancellationToken) =>
                WriteAsync(id, db, http, ClaimsCsvExport.ContentType, $"article-{id}-claims.csv", async (stored, body) =>
                {
                    await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), leaveOpen: true);
                    await ClaimsCsvExport.WriteAsync(writer, stored);
                }, cancellationToken))
            .WithName("ExportClaimsCsv").WithSummary("The article's claims as CSV.");
    }

    private static async Task<IResult> WriteAsync(
        long id, NewsDbContext db, HttpContext http, string contentType, string fileName, Func<StoredAnalysis, Stream, Task> write, CancellationToken cancellationToken)
    {
        var stored = await StoredAnalysis.LoadAsync(db, id, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var buffer = new MemoryStream();
        await write(stored, buffer);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return TypedResults.File(buffer.ToArray(), contentType);
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static string ArticleUrl(HttpContext http, long id) => $"{BaseUrl(http)}/Articles/{id}";
}
