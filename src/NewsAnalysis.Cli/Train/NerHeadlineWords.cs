using NewsAnalysis.Analysis.Actors;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// The words the training text writes only in lower case (in running text, never capitalised mid-sentence), with
/// their regular inflections: "reject" gives "rejects", "rejected", "rejecting". In a Title Case headline such a
/// word is not part of a name ("Netanyahu Rejects Truce Deal"). Only the decoder's headline clean-up reads them.
/// </summary>
internal static class NerHeadlineWords
{
    private static readonly string[] Endings = ["s", "es", "d", "ed", "ing"];

    public static Gazetteer With(Gazetteer baseLists, IEnumerable<NerCorpusDocument> documents)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capital = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var sentence in d.Sentences)
            {
                var words = sentence.Count(t => char.IsLetter(t.Token[0]));
                var lowerWords = sentence.Count(t => char.IsLower(t.Token[0]));
                var runningText = words >= 5 && lowerWords * 2 >= words;
                for (var i = 0; i < sentence.Length; i++)
                {
                    var token = sentence[i].Token;
                    if (!token.All(char.IsLetter))
                    {
                        continue;
                    }

                    if (char.IsLower(token[0]))
                    {
                        lower.Add(token);
                    }
                    else if (i > 0 && runningText)
                    {
                        capital.Add(token.ToLowerInvariant());
                    }
                }
            }
        }

        var entries = new Dictionary<ulong, ushort>(baseLists.Entries);
        foreach (var word in lower.Where(w => w.Length >= 3 && !capital.Contains(w)))
        {
            Add(entries, word);
            foreach (var ending in Endings)
            {
                if (!capital.Contains(word + ending))
                {
                    Add(entries, word + ending);
                }
            }
        }

        return new Gazetteer(entries, new Dictionary<ulong, byte>(baseLists.FemaleShares));
    }

    private static void Add(Dictionary<ulong, ushort> entries, string word)
    {
        var key = FeatureHash.OfLower(word);
        entries[key] = (ushort)(entries.GetValueOrDefault(key) | Gazetteer.HeadlineWord);
    }
}
