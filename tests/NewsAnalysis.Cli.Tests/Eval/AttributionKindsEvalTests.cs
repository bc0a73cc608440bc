using System.Text.Json;

namespace NewsAnalysis.Cli.Tests.Eval;

/// <summary>`eval attribution-kinds` scores the kind, source and actor of the gold statements the engine finds.</summary>
public sealed class AttributionKindsEvalTests : IDisposable
{
    private const string Text = "Mayor Ines Alvarado spoke on Monday. \"The bridge will reopen in May,\" she said. "
        + "Officials said the repairs would cost 4 million euros. The river is the longest in the region.";

    private readonly string _folder = Directory.CreateTempSubdirectory("na-eval-kinds-").FullName;

    [Fact]
    public async Task Right_kinds_and_sources_score_full_marks()
    {
        var path = Gold(("The bridge will reopen in May", "direct", "she", "Ines Alvarado"), ("the repairs would cost 4 million euros", "vague", "Officials", null));

        var (exit, stdout, stderr) = await CliProcess.RunAsync("", "eval", "attribution-kinds", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("(gold 2, found 2,", stdout, StringComparison.Ordinal);
        Assert.Contains("of found: kind 100.0, source 100.0", stdout, StringComparison.Ordinal);
        Assert.Contains("actor 100.0 (1 of 1)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_kind_and_an_unfound_statement_count_against_the_engine()
    {
        // The gold says indirect where the engine (rightly) reads a quotation, and names a statement nobody attributes.
        var path = Gold(("The bridge will reopen in May", "indirect", "she", null), ("The river is the longest in the region", "indirect", "Mayor Ines Alvarado", null));

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "attribution-kinds", path, "--details");

        Assert.Equal(0, exit);
        Assert.Contains("(gold 2, found 1,", stdout, StringComparison.Ordinal);
        Assert.Contains("of found: kind 0.0, source 100.0", stdout, StringComparison.Ordinal);
        Assert.Contains("t1 missed: indirect by Mayor Ines Alvarado", stdout, StringComparison.Ordinal);
        Assert.Contains("t1 wrong: indirect by she", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Gold(params (string Content, string Kind, string Source, string? Actor)[] statements)
    {
        var line = JsonSerializer.Serialize(new
        {
            id = "t1",
            text = Text,
            statements = statements.Select(s => new
            {
                content = Offsets(s.Content),
                kind = s.Kind,
                source = Offsets(s.Source),
                actor = s.Actor,
            }),
        });
        var path = Path.Combine(_folder, "gold.jsonl");
        File.WriteAllText(path, line + "\n");
        return path;
    }

    private static int[] Offsets(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, part);
        return [start, start + part.Length];
    }
}
