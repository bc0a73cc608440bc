using System.Globalization;
using NewsAnalysis.Analysis;
using NewsAnalysis.Cli.Train;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval checkworthiness FILE`: CLEF CheckThat! TSV scored as score.py's clef check does: each sentence is one
/// text, its score the highest check-worthiness of its claims (0 without claims), `Yes` from 0.5.
/// </summary>
internal static class CheckWorthinessEval
{
    public const string Help = "FILE  CLEF CheckThat! TSV: P/R/F1 of the Yes class";

    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            throw new UsageException("usage: eval checkworthiness " + Help);
        }

        var analyzer = ArticleAnalyzer.Default;
        int tp = 0, fp = 0, fn = 0;
        var rows = CheckWorthinessCorpus.ReadClef(args[0]);
        foreach (var row in rows)
        {
            var claims = analyzer.Analyze(row.Text).Claims;
            var yes = claims.Count > 0 && claims.Max(c => c.CheckWorthiness) >= 0.5;
            tp += yes && row.CheckWorthy ? 1 : 0;
            fp += yes && !row.CheckWorthy ? 1 : 0;
            fn += !yes && row.CheckWorthy ? 1 : 0;
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clef: {100 * f:0.00} P {100 * p:0.0} R {100 * r:0.0} ({rows.Count} sentences)"));
        return Task.FromResult(0);
    }
}
