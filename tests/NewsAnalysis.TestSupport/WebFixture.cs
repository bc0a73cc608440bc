using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Web.Seeding;
using Xunit;

namespace NewsAnalysis.TestSupport;

/// <summary>The throwaway database and the web app on it, started once per test run; <see cref="ResetAsync"/> gives
/// each test an empty database with the roles, demo users and demo article seeded again.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public PostgresFixture Database { get; } = new();

    public NewsWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = new NewsWebFactory(Database);
        // Starts the app: migrations and the start-up seed run now.
        _ = Factory.Services;
    }

    public async Task ResetAsync()
    {
        await Database.ResetAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync();
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
