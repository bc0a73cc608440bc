using System.Text.Json;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Web.Jobs;

/// <summary>Analyses one stored article and stores the result (replacing any earlier analysis).</summary>
public static class AnalyzeArticleJob
{
    public const string Kind = "analyze-article";

    public sealed record Payload(long ArticleId);

    public static Job Enqueue(JobQueue queue, long articleId) => queue.Enqueue(Kind, new Payload(articleId));

    public static readonly JobHandler Handler = new(Kind, async (services, payload, cancellationToken) =>
    {
        var articleId = payload.Deserialize<Payload>()?.ArticleId ?? throw new JsonException("analyze-article needs an articleId");
        await services.GetRequiredService<ArticleAnalysisStore>().AnalyzeAsync(articleId, cancellationToken);
    });
}
