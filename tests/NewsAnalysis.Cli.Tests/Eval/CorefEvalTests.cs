namespace NewsAnalysis.Cli.Tests.Eval;

/// <summary>`eval coref` scores a pronoun right only when the engine's actor has the gold name, and counts a "none" it links.</summary>
public sealed class CorefEvalTests : IDisposable
{
    private const string Article = "Prime Minister Benjamin Netanyahu met reporters in Jerusalem on Monday. He said it was a good day.";

    private readonly string _folder = Directory.CreateTempSubdirectory("na-eval-coref-").FullName;

    [Fact]
    public async Task A_pronoun_is_right_when_its_actor_has_the_gold_name_and_a_pleonastic_it_is_left_alone()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Article);
        var gold = Write(
            Line("He", "he/she", "\"Benjamin Netanyahu\""),
            Line("it", "they/it", "null"));

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "coref", gold, _folder);

        Assert.Equal(0, exit);
        Assert.Contains("coref-he/she: accuracy 100.0 (right 1/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("coref-they/it: accuracy - (right 0/0), linked -, precision -, none wrongly linked 0.0 (0/1)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_gold_name_makes_the_same_link_wrong()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Article);
        var gold = Write(Line("He", "he/she", "\"Yair Lapid\""));

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "coref", gold, _folder, "--list");

        Assert.Equal(0, exit);
        Assert.Contains("coref-he/she: accuracy 0.0 (right 0/1), linked 100.0", stdout, StringComparison.Ordinal);
        Assert.Contains("gold Yair Lapid\tengine Benjamin Netanyahu", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Line(string mention, string group, string antecedent) =>
        $$"""{"article": "a.txt", "offset": {{Article.IndexOf(" " + mention + " ", StringComparison.Ordinal) + 1}}, "mention": "{{mention}}", "group": "{{group}}", "antecedent": {{antecedent}}}""";

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder, "gold.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
