using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Cli.Tests.Train;

/// <summary>`train checkworthiness` with several tune files picks the threshold whose worst file does best.</summary>
public sealed partial class CheckWorthinessTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("na-train-cw-").FullName;

    [Fact]
    public async Task Several_tune_files_choose_one_threshold_for_all_and_rebuild_the_same_model()
    {
        string[] facts = ["Unemployment fell to 4 percent last year.", "The deficit doubled to $2 trillion in 2019.",
            "Crime rose 12 percent in our cities.", "We cut taxes for 80 million families.", "Exports grew by 9 percent in May."];
        string[] talk = ["Thank you all for coming tonight.", "I want to say hello to my friends.", "Good evening, everybody.",
            "Let me finish, please.", "That is a great question."];
        // The tune files' sentences differ from train's: the trainer drops any sentence it tunes on.
        var train = Write("train.tsv", Enumerable.Range(0, 40).Select(k => k % 2 == 0 ? (facts[k % 5], true) : (talk[k % 5], false)));
        var few = Write("few.tsv", Enumerable.Range(0, 10).Select(k => k < 2 ? ($"Prices rose {k + 3} percent in {2000 + k}.", true) : ($"Thanks, number {k}.", false)));
        var many = Write("many.tsv", Enumerable.Range(0, 10).Select(k => k < 6 ? ($"Jobs fell by {k + 2} million in {2000 + k}.", true) : ($"Hello again, friend {k}.", false)));
        var first = Path.Combine(_folder, "one.bin");
        var second = Path.Combine(_folder, "two.bin");

        var (exit, _, stderr) = await CliProcess.RunAsync("", "train", "checkworthiness", "--clef", train, "--tune", few, "--tune", many,
            "--orders", "2", "--out", first);
        var (exitAgain, _, _) = await CliProcess.RunAsync("", "train", "checkworthiness", "--clef", train, "--tune", few, "--tune", many,
            "--orders", "2", "--out", second);

        Assert.Equal(0, exit);
        Assert.Equal(0, exitAgain);
        Assert.Contains("training on 40 sentences", stderr, StringComparison.Ordinal);
        var threshold = Threshold().Match(stderr);
        Assert.True(threshold.Success, stderr);
        Assert.Contains("few.tsv", threshold.Value, StringComparison.Ordinal);
        Assert.Contains("many.tsv", threshold.Value, StringComparison.Ordinal);
        Assert.InRange(double.Parse(threshold.Groups[1].Value, CultureInfo.InvariantCulture), 0.25, 0.85);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, IEnumerable<(string Text, bool CheckWorthy)> rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, rows.Select((r, i) => $"{i + 1}\t{r.Text}\t{(r.CheckWorthy ? "Yes" : "No")}").Prepend("Sentence_id\tText\tclass_label"));
        return path;
    }

    [GeneratedRegex(@"threshold ([0-9.]+) on [^:]*: worst mean F1")]
    private static partial Regex Threshold();
}
