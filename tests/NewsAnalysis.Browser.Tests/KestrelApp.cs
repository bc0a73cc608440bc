using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.TestSupport;
using Serilog.Core;

namespace NewsAnalysis.Browser.Tests;

/// <summary>The real app on real Kestrel (a free loopback port, not the TestServer) on the fixture's PostgreSQL, its errors captured.</summary>
public sealed class KestrelApp : NewsWebFactory
{
    public KestrelApp(PostgresFixture database, ServerErrors errors)
        : base(database)
    {
        Errors = errors;
        UseKestrel(0);
    }

    public ServerErrors Errors { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Errors));
    }
}
