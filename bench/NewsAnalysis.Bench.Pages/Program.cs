using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Bench.Pages;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Seeding;

// dotnet run -c Release --project bench/NewsAnalysis.Bench.Pages -- [articles=100000] [words=5000] [requests=300]
// Server time of the article page and of search (in-process TestServer: routing, auth, EF Core, PostgreSQL, Razor),
// on a throwaway PostgreSQL filled with a synthetic newsroom. Targets: article page p95 < 30 ms, search p95 < 50 ms.
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var words = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;

var database = new PostgresFixture();
await database.InitializeAsync();
try
{
    var newsroom = new SyntheticNewsroom();
    var clock = Stopwatch.StartNew();
    await newsroom.FillAsync(database.ConnectionString, articles);
    Console.WriteLine($"Filled {articles:N0} articles (3 claims, 3 actors each) in {clock.Elapsed.TotalSeconds:F0} s");
    var longId = await LongArticle.SaveAsync(database, newsroom, words);

    BenchApp.UseWebProjectFolder();
    await using var app = new BenchApp(database);
    var client = await LoggedInClient.LogInAsync(app, DemoSeed.DemoUsers[2].Email, DemoSeed.DevelopmentPassword);

    // A trivial page for scale: on a loaded machine every number below is inflated by about as much as this one.
    var baseline = await MeasureAsync(client, requests, _ => "/Account/AccessDenied");
    Report("baseline (empty page)", baseline, 5);
    var page = await MeasureAsync(client, requests, _ => $"/Articles/{longId}");
    Report($"article page ({words:N0} words)", page, 30);

    var queries = new List<string>();
    for (var i = 0; i < 40; i++)
    {
        // Common, middling and rare words, phrases, exclusions and filtered searches.
        var common = newsroom.Words[i % 10];
        var middle = newsroom.Words[100 + (i * 13)];
        var rare = newsroom.Words[2000 + (i * 71)];
        queries.Add((i % 8) switch
        {
            0 => $"q={common}",
            1 => $"q={middle}",
            2 => $"q={rare}",
            3 => $"q={middle}+{rare}",
            4 => $"q=%22{common}+{middle}%22",
            5 => $"q={middle}+-{common}&source=Source+{i % 20}",
            6 => $"q={middle}&kind=direct&from=2024-06-01&to=2025-06-01",
            _ => $"q={common}+or+{rare}&flag=needs_checking",
        });
    }

    var search = await MeasureAsync(client, requests, i => "/Search?" + queries[i % queries.Count]);
    // Per kind of query (request i used queries[i % 40], whose kind is i % 8): which kind sets the p95.
    var kinds = new[] { "common word", "middling word", "rare word", "two words", "phrase", "exclusion + source", "kind + dates", "or + flag" };
    for (var kind = 0; kind < kinds.Length; kind++)
    {
        var times = search.Times.Where((_, i) => i % 8 == kind).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  search {kinds[kind],-20} n={times.Count} p50={times[times.Count / 2]:F1} ms max={times[^1]:F1} ms  e.g. {queries[kind]}"));
    }

    Report($"search ({articles:N0} articles)", search, 50);
    var list = await MeasureAsync(client, requests, i => $"/Articles?p={1 + (i % 50)}");
    Report("articles list (pages 1-50)", list, 50);
}
finally
{
    await database.DisposeAsync();
}

static async Task<(List<double> Times, double CpuMs)> MeasureAsync(HttpClient client, int requests, Func<int, string> url)
{
    for (var i = 0; i < 20; i++)
    {
        (await client.GetAsync(new Uri(url(i), UriKind.Relative))).EnsureSuccessStatusCode();
    }

    var times = new List<double>(requests);
    // The app's own CPU time per request (PostgreSQL runs in its own process): far less sensitive to a busy machine than wall time.
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < requests; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(url(i), UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        response.EnsureSuccessStatusCode();
    }

    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;
    return (times, cpu);
}

static void Report(string what, (List<double> Times, double CpuMs) measured, double target)
{
    var times = measured.Times;
    times.Sort();
    double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    var p95 = At(0.95);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-32} n={times.Count} p50={At(0.50):F1} ms p95={p95:F1} ms max={times[^1]:F1} ms app CPU/request={measured.CpuMs:F1} ms target p95<{target} ms: {(p95 < target ? "met" : "MISSED")}"));
}
