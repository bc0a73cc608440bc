using System.Text;

namespace NewsAnalysis.Cli.Tests.Train;

/// <summary>`train ner` on a small CoNLL-style corpus: deterministic, and --average merges models into one.</summary>
public sealed class NerTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("na-train-ner-").FullName;

    [Fact]
    public async Task Averaged_training_rebuilds_the_same_model_and_differs_from_one_model()
    {
        var train = Corpus(24);
        var dev = Corpus(4);
        var one = Path.Combine(_folder, "one.bin");
        var mean = Path.Combine(_folder, "mean.bin");
        var meanAgain = Path.Combine(_folder, "mean-again.bin");

        var (exit, _, _) = await Train(train, dev, one, "--average", "1");
        var (exitMean, _, stderr) = await Train(train, dev, mean, "--average", "2");
        var (exitAgain, _, _) = await Train(train, dev, meanAgain, "--average", "2");

        Assert.Equal(0, exit);
        Assert.Equal(0, exitMean);
        Assert.Equal(0, exitAgain);
        Assert.Contains("pass 2, mean of 2: dev", stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(mean), File.ReadAllBytes(meanAgain));
        Assert.NotEqual(File.ReadAllBytes(one), File.ReadAllBytes(mean));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int Exit, string Stdout, string Stderr)> Train(string train, string dev, string output, params string[] more) =>
        CliProcess.RunAsync("", ["train", "ner", "--train", train, "--dev", dev, "--out", output, "--epochs", "2", "--folds", "2", .. more]);

    // Documents of short wire sentences: a person said something in a place about an organisation.
    private string Corpus(int documents)
    {
        string[] given = ["Anna", "Peter", "Maria", "John", "Lena", "Omar"];
        string[] surnames = ["Keller", "Novak", "Brandt", "Okafor", "Silva", "Haddad", "Moreau"];
        string[] places = ["Berlin", "Lagos", "Lima", "Oslo", "Cairo"];
        string[] organisations = ["Siemens", "Reuters", "Unilever", "Interpol"];
        var text = new StringBuilder();
        for (var d = 0; d < documents; d++)
        {
            text.Append("-DOCSTART- -X- -X- O\n\n");
            for (var s = 0; s < 4; s++)
            {
                var k = d * 4 + s;
                Line(text, given[k % given.Length], "I-PER");
                Line(text, surnames[k * 3 % surnames.Length], "I-PER");
                Line(text, "said", "O");
                Line(text, "in", "O");
                Line(text, places[k % places.Length], "I-LOC");
                Line(text, "that", "O");
                Line(text, organisations[k % organisations.Length], "I-ORG");
                Line(text, "would", "O");
                Line(text, "grow", "O");
                Line(text, ".", "O");
                text.Append('\n');
            }
        }

        var path = Path.Combine(_folder, $"corpus-{documents}.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static void Line(StringBuilder text, string token, string tag) => text.Append(token).Append(" X X ").Append(tag).Append('\n');
}
