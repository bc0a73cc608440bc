namespace NewsAnalysis.Cli.Tests.Eval;

/// <summary>`eval ner` reads both CoNLL-2003 and OntoNotes-style files and scores each the way its official check does.</summary>
public sealed class NerEvalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("na-eval-ner-").FullName;

    [Fact]
    public async Task OntoNotes_types_are_scored_as_person_organisation_and_place_only()
    {
        var path = Write("onto.conll", """
            -DOCSTART- O

            Barack B-PERSON
            Obama I-PERSON
            met O
            Americans B-NORP
            in O
            Paris B-GPE
            at O
            the O
            Louvre B-FAC
            . O
            """);

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "ner", path);

        Assert.Equal(0, exit);
        Assert.Contains("gold 1,", Line(stdout, "PER"), StringComparison.Ordinal);
        Assert.Contains("gold 1,", Line(stdout, "LOC"), StringComparison.Ordinal);
        Assert.Contains("gold 0,", Line(stdout, "ORG"), StringComparison.Ordinal);
        Assert.DoesNotContain("MISC", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoNLL_types_keep_their_four_classes()
    {
        var path = Write("conll.txt", """
            -DOCSTART- -X- O O

            Angela NNP B-NP B-PER
            Merkel NNP I-NP I-PER
            visited VBD B-VP O
            Germans NNPS B-NP B-MISC
            in IN B-PP O
            Paris NNP B-NP B-LOC
            . . O O
            """);

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "ner", path);

        Assert.Equal(0, exit);
        Assert.Contains("gold 1,", Line(stdout, "MISC"), StringComparison.Ordinal);
        Assert.Contains("gold 1,", Line(stdout, "PER"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seen_scores_names_of_the_training_file_apart_from_new_ones()
    {
        var train = Write("train.txt", """
            -DOCSTART- -X- O O

            Angela NNP B-NP B-PER
            Merkel NNP I-NP I-PER
            spoke VBD B-VP O
            . . O O
            """);
        var dev = Write("dev.txt", """
            -DOCSTART- -X- O O

            Angela NNP B-NP B-PER
            Merkel NNP I-NP I-PER
            met VBD B-VP O
            Olaf NNP B-NP B-PER
            Scholz NNP I-NP I-PER
            in IN B-PP O
            Paris NNP B-NP B-LOC
            . . O O
            """);

        var (exit, stdout, _) = await CliProcess.RunAsync("", "eval", "ner", "--seen", train, dev);

        Assert.Equal(0, exit);
        Assert.Contains("gold 1,", Line(stdout, "seen"), StringComparison.Ordinal);
        Assert.Contains("gold 2,", Line(stdout, "unseen"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Line(string stdout, string type) =>
        stdout.Split('\n').Single(l => l.TrimStart().StartsWith(type + " ", StringComparison.Ordinal));
}
