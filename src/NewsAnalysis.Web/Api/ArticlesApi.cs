using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis.Json;
using NewsAnalysis.Data;
using NewsAnalysis.Web.Exports;

namespace NewsAnalysis.Web.Api;

/// <summary>GET /api/articles (list and full-text search) and /api/articles/{id} (the article with its analysis).</summary>
public static class ArticlesApi
{
    public const int MaxPageSize = 200;

    public sealed record ArticleSummary(long Id, string Title, string? Source, string? Url, DateTimeOffset? PublishedAt, DateTimeOffset ImportedAt, string? AnalyzerVersion, int Claims);

    public sealed record ArticlePage(int Page, int PageSize, int Total, IReadOnlyList<ArticleSummary> Items);

    public sealed record ClaimStatus(long ClaimId, string Key, string? FlagStatus, DateTimeOffset? FlaggedAt, uint Version);

    public sealed record ArticleWithAnalysis(
        long Id, string Title, string Body, string? Source, string? Url, DateTimeOffset? PublishedAt, DateTimeOffset ImportedAt,
        System.Text.Json.JsonElement Analysis, IReadOnlyList<ClaimStatus> Claims);

    public static void MapArticlesApi(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").RequireAuthorization(ApiPolicies.Read).RequireCurrentUser();
        articles.MapGet(string.Empty, async (NewsDbContext db, string? q, int? page, int? pageSize, CancellationToken cancellationToken) =>
            {
                var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
                var number = Math.Max(1, page ?? 1);
                var query = db.Articles.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(q))
                {
                    query = query
                        .Where(a => a.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", q)))
                        .OrderByDescending(a => a.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", q)))
                        .ThenByDescending(a => a.Id);
                }
                else
                {
                    query = query.OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.Id);
                }

                var total = await query.CountAsync(cancellationToken);
                var items = await query.Skip((number - 1) * size).Take(size)
                    .Select(a => new ArticleSummary(a.Id, a.Title, a.SourceName, a.SourceUrl, a.PublishedAt, a.ImportedAt, a.AnalyzerVersion, a.Claims.Count))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(new ArticlePage(number, size, total, items));
            })
            .WithName("ListArticles")
            .WithSummary("Articles, newest first, or matching q (web search syntax: words, \"phrases\", -exclusions).");

        articles.MapGet("/{id:long}", async Task<Results<Ok<ArticleWithAnalysis>, NotFound>> (long id, NewsDbContext db, CancellationToken cancellationToken) =>
            {
                var stored = await StoredAnalysis.LoadAsync(db, id, cancellationToken);
                if (stored is null)
                {
                    return TypedResults.NotFound();
                }

                var article = stored.Article;
                using var analysis = System.Text.Json.JsonDocument.Parse(AnalysisJson.Serialize(stored.Result));
                return TypedResults.Ok(new ArticleWithAnalysis(
                    article.Id, article.Title, article.Body, article.SourceName, article.SourceUrl, article.PublishedAt, article.ImportedAt,
                    analysis.RootElement.Clone(),
                    stored.Claims.Select(c => new ClaimStatus(c.Id, c.Key, c.FlagStatus is { } s ? SnakeCaseEnum.ToText(s) : null, c.FlaggedAt, c.Version)).ToList()));
            })
            .WithName("GetArticle")
            .WithSummary("One article, its text and its analysis in the engine's JSON contract, with each claim's flag status.");
    }
}
