namespace NewsAnalysis.Cli;

/// <summary>`eval CHECK PATH`: scores the engine on a corpus, the way the held-out checks do (CONTRACT.md).</summary>
internal static class EvalCommand
{
    private static readonly Dictionary<string, (string Help, Func<string[], Task<int>> Run)> Checks = new()
    {
        ["speed"] = ("DIR [--json]: MB/s of the full analysis on one thread, and what it found", Eval.SpeedEval.RunAsync),
        ["ner"] = ("CoNLL-2003 named entities through the analyzer: FILE...", Eval.NerEvalCommand.RunAsync),
        ["ner-speed"] = ("DIR [ROUNDS]: the recogniser alone over every .txt under DIR, tokens per second of CPU time", Eval.NerSpeedEval.RunAsync),
        ["figures"] = ("DIR: Recognizers-Text number specs, case pass rate per file", Eval.FigureEval.RunAsync),
        ["attribution"] = (Eval.AttributionEval.Help, Eval.AttributionEval.RunAsync),
        ["checkworthiness"] = (Eval.CheckWorthinessEval.Help, Eval.CheckWorthinessEval.RunAsync),
        ["attribution-kinds"] = (Eval.AttributionKindsEval.Help, Eval.AttributionKindsEval.RunAsync),
        ["coref"] = (Eval.CorefEval.Help, Eval.CorefEval.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Checks.TryGetValue(args[0], out var check))
        {
            throw new UsageException("usage: eval CHECK PATH...\n" +
                string.Join('\n', Checks.Select(t => $"  {t.Key,-18} {t.Value.Help}")));
        }

        return await check.Run(args[1..]);
    }
}
