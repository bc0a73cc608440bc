namespace NewsAnalysis.Web.Jobs;

public static class JobsSetup
{
    /// <summary>The handlers, and the worker unless <c>Jobs:Enabled</c> is false (e.g. web-only instances).</summary>
    public static void AddNewsJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(AnalyzeArticleJob.Handler);
        builder.Services.AddSingleton(ReanalyzeOutdatedJob.Handler);
        builder.Services.AddSingleton<JobWorker>();
        if (builder.Configuration.GetValue("Jobs:Enabled", true))
        {
            builder.Services.AddHostedService(provider => provider.GetRequiredService<JobWorker>());
            builder.Services.AddHostedService<ReanalysisScheduler>();
        }
    }
}
