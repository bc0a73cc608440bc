using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Web.Tests;

/// <summary>Every page test shares one database and one running app, and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "Web";
}

[Collection(WebCollection.Name)]
public abstract class WebTest(WebFixture web) : IAsyncLifetime
{
    protected const string Password = Seeding.DemoSeed.DevelopmentPassword;

    protected WebFixture Web { get; } = web;

    public Task InitializeAsync() => Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
