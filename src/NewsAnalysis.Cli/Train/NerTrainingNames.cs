using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Actors;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// Name lists learned from the training annotations: each entity string (lower-cased, up to four tokens) with the
/// types it was tagged as. Only strings seen at least twice as a type are kept, so the lists hold what recurs in
/// the news rather than one-off names, and they generalise to articles the model has not seen.
/// </summary>
internal static class NerTrainingNames
{
    private const int MinCount = 2;
    private const double MinShare = 0.25;

    /// <summary>The base gazetteer plus the lists learned from <paramref name="documents"/>.</summary>
    public static Gazetteer With(Gazetteer baseLists, IEnumerable<NerCorpusDocument> documents)
    {
        var counts = new Dictionary<ulong, int[]>();
        var tokensOf = new Dictionary<ulong, ulong[]>();
        foreach (var d in documents)
        {
            foreach (var e in EntityRecognizer.ToEntities(d.Document, d.Labels))
            {
                if (e.EndToken - e.FirstToken > Gazetteer.MaxTokens)
                {
                    continue;
                }

                ulong sequence = 0;
                var tokens = new ulong[e.EndToken - e.FirstToken];
                for (var i = e.FirstToken; i < e.EndToken; i++)
                {
                    tokens[i - e.FirstToken] = FeatureHash.OfLower(d.Document.TokenChars(i));
                    sequence = Gazetteer.Extend(sequence, tokens[i - e.FirstToken]);
                }

                if (!counts.TryGetValue(sequence, out var byType))
                {
                    byType = new int[4];
                    counts[sequence] = byType;
                    tokensOf[sequence] = tokens;
                }

                byType[TypeOf(e.Kind)]++;
            }
        }

        var entries = new Dictionary<ulong, ushort>(baseLists.Entries);
        var first = Gazetteer.ListIndex("train-per");
        foreach (var (sequence, byType) in counts)
        {
            var total = byType.Sum();
            var mask = 0;
            for (var t = 0; t < byType.Length; t++)
            {
                if (byType[t] >= MinCount && byType[t] >= MinShare * total)
                {
                    mask |= 1 << (first + t);
                }
            }

            if (mask != 0)
            {
                Gazetteer.Add(entries, tokensOf[sequence], (ushort)mask);
            }
        }

        return new Gazetteer(entries, new Dictionary<ulong, byte>(baseLists.FemaleShares));
    }

    private static int TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => 0,
        ActorKind.Organization => 1,
        ActorKind.Location => 2,
        _ => 3,
    };
}
