using System.Text.Json;

namespace NewsAnalysis.Cli.Tests.Analyze;

/// <summary>
/// The `analyze` command as the outside world runs it (a separate process, stdin to stdout): the public contract of
/// CONTRACT.md that the engine is judged through.
/// </summary>
public sealed class AnalyzeContractTests
{
    private const string Article = """
        Minister Quits Over Budget Row

        Finance Minister Jane Ortega resigned on Tuesday, saying the 2.5 billion euro budget was "a betrayal of voters".
        "I cannot defend it," she told reporters in Lisbon. Critics said the cuts would cost about 4,000 jobs.
        According to an official at the ministry, the European Commission had asked for more than 30% in savings 🙂.
        """;

    [Fact]
    public async Task One_article_gives_one_object_whose_every_span_is_the_text_it_quotes()
    {
        var (exit, stdout, _) = await RunAsync(Article, "analyze", "-");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.StartsWith("newsanalysis/", root.GetProperty("analyzer").GetString(), StringComparison.Ordinal);
        AssertSpansQuoteTheText(Article, root);
        Assert.NotEmpty(root.GetProperty("sentences").EnumerateArray());
        Assert.Contains(root.GetProperty("actors").EnumerateArray(),
            a => a.GetProperty("kind").GetString() == "person"
                 && a.GetProperty("mentions").EnumerateArray().Any(m => m.GetProperty("text").GetString()!.Contains("Ortega", StringComparison.Ordinal)));
        Assert.Contains(root.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDouble() == 4000);
        Assert.Contains(root.GetProperty("claims").EnumerateArray(),
            c => c.GetProperty("attribution").GetProperty("kind").GetString() == "direct");
    }

    [Fact]
    public async Task Json_lines_answer_line_for_line_and_a_bad_line_is_an_error_not_the_end()
    {
        var input = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = Article }),
            "{not json",
            JsonSerializer.Serialize(new { id = 7, title = "no text field" }),
            JsonSerializer.Serialize(new { id = "empty", text = "" }));

        var (exit, stdout, _) = await RunAsync(input, "analyze", "--jsonl", "-");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        AssertSpansQuoteTheText(Article, lines[0].GetProperty("result"));
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Empty(lines[3].GetProperty("result").GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task Binary_garbage_still_gives_valid_json()
    {
        var random = new Random(5);
        var garbage = new string(Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var input = JsonSerializer.Serialize(new { id = "g", text = garbage.Replace('\uD800', 'x') });

        var (exit, stdout, _) = await RunAsync(input, "analyze", "--jsonl", "-");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.TryGetProperty("result", out _) || json.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_on_stderr_with_nothing_on_stdout()
    {
        var (exit, stdout, stderr) = await RunAsync("", "analyze", "/no/such/article.txt");

        Assert.NotEqual(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    private static void AssertSpansQuoteTheText(string text, JsonElement result)
    {
        static void Check(string text, JsonElement span)
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            if (span.TryGetProperty("text", out var quoted))
            {
                Assert.Equal(text[start..end], quoted.GetString());
            }
        }

        foreach (var actor in result.GetProperty("actors").EnumerateArray())
        {
            foreach (var mention in actor.GetProperty("mentions").EnumerateArray())
            {
                Check(text, mention);
            }
        }

        foreach (var figure in result.GetProperty("figures").EnumerateArray())
        {
            Check(text, figure);
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in result.GetProperty("claims").EnumerateArray())
        {
            Check(text, claim);
            claimIds.Add(claim.GetProperty("id").GetString()!);
            var attribution = claim.GetProperty("attribution");
            foreach (var part in new[] { "source", "cue" })
            {
                if (attribution.GetProperty(part).ValueKind != JsonValueKind.Null)
                {
                    Check(text, attribution.GetProperty(part));
                }
            }
        }

        foreach (var figure in result.GetProperty("figures").EnumerateArray())
        {
            var claimId = figure.GetProperty("claimId");
            Assert.True(claimId.ValueKind == JsonValueKind.Null || claimIds.Contains(claimId.GetString()!));
        }
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args) =>
        CliProcess.RunAsync(stdin, args);
}
