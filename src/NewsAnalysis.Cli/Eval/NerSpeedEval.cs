using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval ner-speed DIR [ROUNDS]`: the recogniser alone (texts tokenised beforehand) over every .txt under DIR,
/// ROUNDS times (default 5), timed by this process's CPU time so that other work on the machine counts less.
/// </summary>
internal static class NerSpeedEval
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
        {
            throw new UsageException("usage: eval ner-speed DIR [ROUNDS]");
        }

        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var documents = CorpusFiles.ReadTexts(args[0]).Select(TextDocument.Parse).ToList();
        var tokens = documents.Sum(d => (long)d.Tokens.Count);
        var recognizer = EntityRecognizer.LoadDefault();
        var names = documents.Sum(d => recognizer.Recognize(d).Count);    // also the warm-up

        var best = TimeSpan.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var before = Process.GetCurrentProcess().UserProcessorTime;
            foreach (var d in documents)
            {
                recognizer.Recognize(d);
            }

            var spent = Process.GetCurrentProcess().UserProcessorTime - before;
            best = spent < best ? spent : best;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} texts, {tokens} tokens, {names} names: best of {rounds} rounds {best.TotalSeconds:F3} s CPU, {tokens / best.TotalSeconds / 1e6:F2} M tokens/s"));
        return Task.FromResult(0);
    }
}
