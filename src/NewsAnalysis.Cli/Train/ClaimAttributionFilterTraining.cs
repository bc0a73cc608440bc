using System.Globalization;
using System.Text;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// `train claim-attribution-filter`: learns, over PolNeAR brat files, which of the attribution finder's proposals
/// name the real source, with the keep threshold chosen by cross-validation over the articles; writes the filter the
/// engine ships (Models/claims-attribution-filter.bin) and prints the cross-validated scores.
/// </summary>
internal static class ClaimAttributionFilterTraining
{
    public const string Help = "--polnear DIR --out PATH [--candidates P] [--curve] [--proposals TSV]   (PolNeAR train split: DIR/*.txt + DIR/*.ann; reads the shipped cue lexicon and cue model; P: the cue probability down to which the finder proposes, default 0.25, chosen by this cross-validation among 0.2 to 0.35)";

    public static Task<int> RunAsync(string[] args)
    {
        var trainer = new AttributionFilterTrainer();
        var curve = args.Contains("--curve");
        args = [.. args.Where(a => a != "--curve")];
        string? proposals = null;
        var dump = Array.IndexOf(args, "--proposals");
        if (dump >= 0 && dump + 1 < args.Length)
        {
            proposals = args[dump + 1];
            args = [.. args[..dump], .. args[(dump + 2)..]];
        }

        var at = Array.IndexOf(args, "--candidates");
        if (at >= 0 && at + 1 < args.Length)
        {
            trainer = trainer with { CandidateProbability = double.Parse(args[at + 1], CultureInfo.InvariantCulture) };
            args = [.. args[..at], .. args[(at + 2)..]];
        }

        foreach (var (option, set) in new (string, Func<AttributionFilterTrainer, string, AttributionFilterTrainer>)[]
        {
            ("--epochs", (t, v) => t with { Epochs = int.Parse(v, CultureInfo.InvariantCulture) }),
            ("--min-count", (t, v) => t with { MinCount = int.Parse(v, CultureInfo.InvariantCulture) }),
            ("--l2", (t, v) => t with { L2 = double.Parse(v, CultureInfo.InvariantCulture) }),
            ("--rate", (t, v) => t with { LearningRate = double.Parse(v, CultureInfo.InvariantCulture) }),
        })
        {
            var k = Array.IndexOf(args, option);
            if (k >= 0 && k + 1 < args.Length)
            {
                trainer = set(trainer, args[k + 1]);
                args = [.. args[..k], .. args[(k + 2)..]];
            }
        }

        var (folder, output) = ClaimCueTraining.ReadArguments(args, "train claim-attribution-filter");
        if (!Directory.Exists(folder))
        {
            throw new UsageException("train claim-attribution-filter " + Help);
        }

        var entities = EntityRecognizer.LoadDefault();
        var actors = new ActorResolver(entities);
        var files = Directory.GetFiles(folder, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = files.Select(ann => new AttributionAnnotatedArticle(
            File.ReadAllText(Path.ChangeExtension(ann, ".txt"), Encoding.UTF8).ReplaceLineEndings("\n"),
            Eval.AttributionEval.ReadAttributions(ann))).ToList();
        var (filter, report) = trainer.Train(articles, CueLexicon.Default, CueModel.Default, document => actors.Resolve(document, entities.Recognize(document)));
        using (var stream = File.Create(output))
        {
            filter.Save(stream);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Articles} articles, {report.Candidates} proposals with a source, {report.Positives} right; thresholds {report.Threshold:0.00} (confident cues), {report.WeakThreshold:0.00} (weak cues), {report.FrameThreshold:0.00} (no known cue)"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cross-validated: source F1 {100 * report.SourceF1:0.00} (P {100 * report.SourcePrecision:0.0} R {100 * report.SourceRecall:0.0}), content F1 {100 * report.ContentF1:0.00}; the rules alone: source F1 {100 * report.RulesSourceF1:0.00}, content F1 {100 * report.RulesContentF1:0.00}"));
        if (curve)
        {
            foreach (var (threshold, weak, source, content) in report.Curve)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  thresholds {threshold:0.00} {weak:0.00}: source F1 {100 * source:0.00}, content F1 {100 * content:0.00}"));
            }
        }

        if (proposals is not null)
        {
            WriteProposals(proposals, files, articles, report);
        }

        Console.Error.WriteLine($"wrote {output}");
        return Task.FromResult(0);
    }

    // One line per proposal: file, rule, kind, held-out score, kept, right, cue, source, content (cut to 120 characters).
    private static void WriteProposals(string path, List<string> files, List<AttributionAnnotatedArticle> articles, AttributionFilterReport report)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var p in report.Proposals)
        {
            var text = articles[p.Article].Text;
            var content = p.Content.SliceOf(text);
            writer.WriteLine(string.Join('\t',
                Path.GetFileName(files[p.Article]), p.Rule, p.Kind, p.Score.ToString("0.000", CultureInfo.InvariantCulture),
                p.Kept ? "kept" : "dropped", p.Right ? "right" : "wrong", p.Cue is { } cue ? Clean(cue.SliceOf(text)) : "-",
                Clean(p.Source.SliceOf(text)), Clean(content.Length > 120 ? content[..120] : content),
                p.Source.Start.ToString(CultureInfo.InvariantCulture), p.Source.End.ToString(CultureInfo.InvariantCulture),
                p.Content.Start.ToString(CultureInfo.InvariantCulture), p.Content.End.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Clean(ReadOnlySpan<char> s) => s.ToString().Replace('\t', ' ').Replace('\n', ' ');
}
