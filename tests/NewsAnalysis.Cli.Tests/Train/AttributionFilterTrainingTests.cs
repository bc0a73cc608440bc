using System.Globalization;

namespace NewsAnalysis.Cli.Tests.Train;

/// <summary>`train claim-attribution-filter` rebuilds the same bytes from the same brat files.</summary>
public sealed class AttributionFilterTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("na-train-attr-").FullName;

    [Fact]
    public async Task Training_twice_writes_the_same_model()
    {
        string[] speakers = ["The mayor", "The senator", "A spokeswoman", "The minister", "The coach"];
        string[] outlets = ["The paper", "The station", "The newsletter", "The magazine"];
        for (var k = 0; k < 10; k++)
        {
            var speaker = speakers[k % speakers.Length];
            var outlet = outlets[k % outlets.Length];
            var first = $"{speaker} said the road would open in May.";
            var second = $"{outlet} wrote that the judge said the bridge was unsafe.";
            var text = first + " " + second;
            var at = first.Length + 1;
            File.WriteAllText(Path.Combine(_folder, $"a{k}.txt"), text);
            File.WriteAllLines(Path.Combine(_folder, $"a{k}.ann"),
            [
                Brat("T1", "Source", 0, speaker.Length, text),
                Brat("T2", "Cue", speaker.Length + 1, speaker.Length + 5, text),
                Brat("T3", "Content", speaker.Length + 6, first.Length - 1, text),
                Brat("T4", "Source", at, at + outlet.Length, text),
                Brat("T5", "Cue", at + outlet.Length + 1, at + outlet.Length + 6, text),
                Brat("T6", "Content", at + outlet.Length + 12, text.Length - 1, text),
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
            ]);
        }

        var first1 = Path.Combine(_folder, "one.bin");
        var second1 = Path.Combine(_folder, "two.bin");
        var (exit, _, stderr) = await CliProcess.RunAsync("", "train", "claim-attribution-filter", "--polnear", _folder, "--out", first1);
        var (exitAgain, _, _) = await CliProcess.RunAsync("", "train", "claim-attribution-filter", "--polnear", _folder, "--out", second1);

        Assert.Equal(0, exit);
        Assert.Equal(0, exitAgain);
        Assert.Contains("10 articles", stderr, StringComparison.Ordinal);
        Assert.Contains("cross-validated: source F1", stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(first1), File.ReadAllBytes(second1));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Brat(string id, string label, int start, int end, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}\t{label} {start} {end}\t{text[start..end]}");
}
