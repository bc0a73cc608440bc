using System.Globalization;
using System.Text.RegularExpressions;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// Builds the recogniser's name lists from the gazetteer folder (GeoNames, countries, SSA given names, Census
/// surnames, SEC companies, football clubs), dropping entries that are ordinary lower-case words in the training
/// text ("will", "bill", "young") and keeping only hashes of the entries.
/// </summary>
internal static partial class NerGazetteerBuilder
{
    public static Gazetteer Build(string folder, IReadOnlySet<string> commonWords)
    {
        var entries = new Dictionary<ulong, ushort>();
        var female = new Dictionary<ulong, byte>();

        void Add(string name, ushort list, bool filterCommon = true)
        {
            name = name.Trim();
            if (name.Length < 2 || name.Length > 60 || !name.Any(char.IsLetter))
            {
                return;
            }

            var text = name;
            var tokens = Tokenizer.Tokenize(text);
            if (tokens.Count == 0 || tokens.Count > Gazetteer.MaxTokens)
            {
                return;
            }

            if (filterCommon && tokens.Count == 1 && commonWords.Contains(name.ToLowerInvariant()))
            {
                return;
            }

            var hashes = tokens.Select(t => FeatureHash.OfLower(t.Span.SliceOf(text))).ToArray();
            Gazetteer.Add(entries, hashes, list);
        }

        foreach (var cols in Rows(folder, "countries.tsv"))
        {
            Add(cols[0], Gazetteer.Country, false);
            Add(cols[2], Gazetteer.Country, false);
            foreach (var alt in cols[3].Split('|'))
            {
                if (alt.Length >= 4 && alt.All(c => c < 128))
                {
                    Add(alt, Gazetteer.Country);
                }
            }

            foreach (var demonym in cols[1].Split('|'))
            {
                Add(demonym, Gazetteer.Demonym, false);
            }
        }

        foreach (var cols in Rows(folder, "cities.tsv"))
        {
            var population = long.Parse(cols[4], CultureInfo.InvariantCulture);
            if (population >= 50_000 || cols[6] == "PPLC")
            {
                Add(cols[0], Gazetteer.City);
                Add(cols[1], Gazetteer.City);
            }
        }

        foreach (var cols in Rows(folder, "regions.tsv"))
        {
            Add(cols[0], Gazetteer.Region);
            Add(cols[1], Gazetteer.Region);
        }

        foreach (var cols in Rows(folder, "given_names.tsv"))
        {
            var share = double.Parse(cols[2], CultureInfo.InvariantCulture);
            female[FeatureHash.OfLower(cols[0])] = (byte)Math.Round(share * 200);
            if (long.Parse(cols[1], CultureInfo.InvariantCulture) >= 2_000)
            {
                Add(cols[0], Gazetteer.GivenName);
            }
        }

        foreach (var cols in Rows(folder, "surnames.tsv"))
        {
            Add(cols[0], Gazetteer.Surname);
        }

        foreach (var cols in Rows(folder, "org_companies_sec.tsv"))
        {
            var name = CompanySuffix().Replace(cols[0], "").Trim(' ', ',', '.', '/');
            if (name.Length > 2)
            {
                Add(name, Gazetteer.Company);
            }
        }

        foreach (var cols in Rows(folder, "org_football_clubs.tsv"))
        {
            Add(cols[0], Gazetteer.Club);
            foreach (var variant in cols[1].Split('|'))
            {
                if (variant.Length >= 4)
                {
                    Add(variant, Gazetteer.Club);
                }
            }
        }

        foreach (var word in commonWords)
        {
            Add(word, Gazetteer.LowerCaseWord, false);
        }

        return new Gazetteer(entries, female);
    }

    private static IEnumerable<string[]> Rows(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"gazetteer: {path} missing, skipped");
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                var cols = line.Split('\t');
                if (cols.Length < 8)
                {
                    Array.Resize(ref cols, 8);
                    for (var i = 0; i < cols.Length; i++)
                    {
                        cols[i] ??= "";
                    }
                }

                yield return cols;
            }
        }
    }

    [GeneratedRegex(@"(?:[\s,]+(?:INC|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|PLC|LLC|LP|L\.P|HOLDINGS?|GROUP|TRUST|N\.V|S\.A|SA|AG|SE|NV|INCORPORATED|/[A-Z]{2}/?)\.?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanySuffix();
}
