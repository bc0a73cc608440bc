using System.Globalization;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// `train checkworthiness`: rebuilds Models/claims-checkworthiness.bin from CLEF CheckThat! train and ClaimBuster.
/// ClaimBuster shares sentences with the CLEF dev files, so sentences of every --exclude file are dropped first;
/// --tune moves the decision threshold to the F1-best value on that file.
/// </summary>
internal static class CheckWorthinessTraining
{
    public const string Help = "--clef FILE --claimbuster FILE --out PATH [--exclude FILE]... [--tune FILE] [--report FILE]...";

    public static Task<int> RunAsync(string[] args)
    {
        var clef = new List<string>();
        var claimBuster = new List<string>();
        var exclude = new List<string>();
        string? output = null, tune = null;
        var report = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new UsageException("train checkworthiness " + Help);
            switch (args[i])
            {
                case "--clef": clef.Add(value); break;
                case "--claimbuster": claimBuster.Add(value); break;
                case "--exclude": exclude.Add(value); break;
                case "--tune": tune = value; break;
                case "--report": report.Add(value); break;
                case "--out": output = value; break;
                default: throw new UsageException("train checkworthiness " + Help);
            }

            i++;
        }

        if (output is null || clef.Count + claimBuster.Count == 0)
        {
            throw new UsageException("train checkworthiness " + Help);
        }

        var held = exclude.Concat(tune is null ? [] : [tune])
            .SelectMany(CheckWorthinessCorpus.ReadClef)
            .Select(s => CheckWorthinessCorpus.Normalise(s.Text))
            .ToHashSet(StringComparer.Ordinal);
        var data = clef.SelectMany(CheckWorthinessCorpus.ReadClef)
            .Concat(claimBuster.SelectMany(CheckWorthinessCorpus.ReadClaimBuster))
            .ToList();
        var kept = data.Where(s => !held.Contains(CheckWorthinessCorpus.Normalise(s.Text))).ToList();
        Console.Error.WriteLine($"training on {kept.Count} sentences ({kept.Count(s => s.CheckWorthy)} check-worthy); " +
            $"{data.Count - kept.Count} dropped as held-out");

        var model = new CheckWorthinessTrainer().Train(kept);
        if (tune is not null)
        {
            var dev = CheckWorthinessCorpus.ReadClef(tune);
            var scored = dev.Select(s => (Score: model.Score(s.Text), s.CheckWorthy)).ToList();
            var best = Enumerable.Range(10, 81).Select(t => t / 100.0)
                .Select(t => (Threshold: t, F1: F1(scored, t)))
                .OrderByDescending(x => x.F1).ThenBy(x => Math.Abs(x.Threshold - 0.5)).First();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {best.Threshold:0.00} on {tune}: F1 {best.F1:0.000} (at 0.50: {F1(scored, 0.5):0.000})"));
            model = CheckWorthinessTrainer.Recentre(model, best.Threshold);
        }

        foreach (var file in report)
        {
            var scored = CheckWorthinessCorpus.ReadClef(file).Select(s => (Score: model.Score(s.Text), s.CheckWorthy)).ToList();
            var curve = string.Join(' ', Enumerable.Range(1, 9)
                .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t / 10.0:0.0}:{F1(scored, t / 10.0):0.000}")));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: F1 {F1(scored, 0.5):0.000} at 0.5; {curve}"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes)");
        return Task.FromResult(0);
    }

    public static double F1(IEnumerable<(double Score, bool CheckWorthy)> scored, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (score, yes) in scored)
        {
            var predicted = score >= threshold;
            tp += predicted && yes ? 1 : 0;
            fp += predicted && !yes ? 1 : 0;
            fn += !predicted && yes ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
}
