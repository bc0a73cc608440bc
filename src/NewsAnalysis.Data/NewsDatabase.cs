using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsAnalysis.Data.Jobs;

namespace NewsAnalysis.Data;

/// <summary>How every host (web, CLI, tests, dotnet ef) connects the context to PostgreSQL, in one place.</summary>
public static class NewsDatabase
{
    public static DbContextOptionsBuilder UseNewsDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<NewsDbContext> OptionsFor(string connectionString) =>
        (DbContextOptions<NewsDbContext>)new DbContextOptionsBuilder<NewsDbContext>().UseNewsDatabase(connectionString).Options;

    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, string connectionString) =>
        services.AddNewsDatabase(_ => connectionString);

    /// <summary>The context and the Data services; the connection string is read when a context is first made.</summary>
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddDbContext<NewsDbContext>((provider, options) => options.UseNewsDatabase(connectionString(provider)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ArticleAnalysisStore>();
        services.AddScoped<JobQueue>();
        return services;
    }
}
