using Microsoft.Playwright;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Browser.Tests;

/// <summary>PostgreSQL, the app on Kestrel and Debian's Chromium, started once for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Playwright's own browser download is not reachable here; the system Chromium is (apt-get install chromium).
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;

    public PostgresFixture Database { get; } = new();

    public ServerErrors ServerErrors { get; } = new();

    public KestrelApp App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new KestrelApp(Database, ServerErrors);
        App.StartServer();
        BaseAddress = App.ClientOptions.BaseAddress;
        // A cold app compiles its pages on the first requests; on a loaded CI machine that once took the first test's
        // login past Playwright's 30 s. Warm the pages the tests open before any browser waits on them.
        using (var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            foreach (var path in (string[])["/Account/Login", "/Articles"])
            {
                (await http.GetAsync(new Uri(path, UriKind.Relative))).EnsureSuccessStatusCode();
            }
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
