using System.Text;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// `train claim-cue-model`: learns, over PolNeAR brat files, which words of the cue lexicon report speech or thought
/// in their context; writes the model the attribution finder ships (Models/claims-cue-model.bin).
/// </summary>
internal static class ClaimCueModelTraining
{
    public const string Help = "--polnear DIR --out PATH   (PolNeAR train split: DIR/*.txt + DIR/*.ann)";

    public static Task<int> RunAsync(string[] args)
    {
        var (folder, output) = ClaimCueTraining.ReadArguments(args, "train claim-cue-model");
        if (!Directory.Exists(folder))
        {
            throw new UsageException("train claim-cue-model " + Help);
        }

        var files = Directory.GetFiles(folder, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = files.Select(ann => new CueAnnotatedArticle(
            File.ReadAllText(Path.ChangeExtension(ann, ".txt"), Encoding.UTF8).ReplaceLineEndings("\n"), ClaimCueTraining.ReadCueSpans(ann)));
        var model = new CueModelTrainer().Train(articles, CueLexicon.Default);
        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        Console.Error.WriteLine($"wrote {output} from {files.Count} articles");
        return Task.FromResult(0);
    }
}
