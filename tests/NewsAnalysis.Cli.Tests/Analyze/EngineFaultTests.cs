using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Cli.Tests.Analyze;

// A text the engine fails on costs only its own line: the others keep their results, in order.
public sealed class EngineFaultTests
{
    [Fact]
    public void A_text_the_engine_fails_on_gets_an_error_line_and_the_run_goes_on()
    {
        const string input = """
            {"id": 1, "text": "The mayor said the bridge would reopen in May."}
            {"id": 2, "text": "FAIL HERE"}
            {"id": 3, "text": "The council said the ferry would run twice a day."}
            """;
        AnalysisResult Analyze(string text) =>
            text == "FAIL HERE" ? throw new InvalidOperationException("a rule looked past the text") : ArticleAnalyzer.Default.Analyze(text);

        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(input)));
        using var output = new MemoryStream();
        using var log = new StringWriter();
        AnalyzeCommand.AnalyzeLines(Analyze, reader, output, log);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([1, 2, 3], lines.Select(l => l.GetProperty("id").GetInt32()));
        Assert.True(lines[0].TryGetProperty("result", out _));
        Assert.Contains("the engine failed on this text (InvalidOperationException)", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(lines[1].TryGetProperty("result", out _));
        Assert.NotEmpty(lines[2].GetProperty("result").GetProperty("claims").EnumerateArray());
        Assert.Contains("line 2: the engine failed", log.ToString(), StringComparison.Ordinal);
    }
}
