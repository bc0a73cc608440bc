using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// Copies of training documents whose persons, places and organisations are other names of the same type, drawn
/// from the gazetteer folder: the recogniser then learns a name from its context and shape rather than from its
/// identity, as it must on the many names held-out news has that CoNLL-2003 train never saw. MISC names stay.
/// Within a document one name keeps one replacement ("Peter Blackburn" ... "Blackburn" become "Ann Ortega" ...
/// "Ortega"), so the document-level features see what they would see in a real article.
/// </summary>
internal sealed partial class NerNameSwap
{
    private readonly string[] _given;
    private readonly string[] _surnames;
    private readonly string[] _countries;
    private readonly string[] _cities;
    private readonly string[] _regions;
    private readonly string[] _companies;
    private readonly string[] _clubs;

    private NerNameSwap(string folder)
    {
        _given = Column(folder, "given_names.tsv", 0).Take(5000).Where(IsWord).ToArray();
        _surnames = Column(folder, "surnames.tsv", 0).Take(10000).Where(IsWord).Select(TitleCase).ToArray();
        _countries = Column(folder, "countries.tsv", 0).Where(IsName).ToArray();
        _cities = Column(folder, "cities.tsv", 1).Where(IsName).ToArray();
        _regions = Column(folder, "regions.tsv", 1).Where(IsName).ToArray();
        _companies = Column(folder, "org_companies_sec.tsv", 0)
            .Select(c => c.Any(char.IsLower) ? c : string.Join(' ', c.Split(' ').Select(TitleCase)))
            .Where(IsName).ToArray();
        _clubs = Column(folder, "org_football_clubs.tsv", 0).Where(IsName).ToArray();
        if (_given.Length == 0 || _surnames.Length == 0 || _cities.Length == 0 || _companies.Length == 0 || _clubs.Length == 0)
        {
            throw new UsageException($"train ner --swap: the name lists in {folder} are missing");
        }
    }

    public static NerNameSwap Load(string gazetteerFolder) => new(gazetteerFolder);

    /// <summary>
    /// The document with each name replaced with probability <paramref name="share"/> (per distinct name: its
    /// mentions all change or all stay); <paramref name="seed"/> fixes the draws.
    /// </summary>
    public NerCorpusDocument Swap(NerCorpusDocument document, double share, int seed, IReadOnlySet<string> types)
    {
        var random = new Random(seed);
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        var names = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var sentences = new List<(string Token, string Tag)[]>();
        foreach (var sentence in document.Sentences)
        {
            var output = new List<(string, string)>();
            var at = 0;
            foreach (var (start, end, type) in NerCorpus.Spans(sentence.Select(t => t.Tag).ToList()))
            {
                output.AddRange(sentence[at..start]);
                var original = sentence[start..end];
                var replacement = !types.Contains(type) ? null : type switch
                {
                    "PER" => Person(original, words, random, share),
                    "LOC" or "ORG" => Name(original, type, names, random, share),
                    _ => null,
                };
                var tokens = replacement ?? original.Select(t => t.Token).ToArray();
                var caps = original.All(t => t.Token.Length > 1 && !t.Token.Any(char.IsLower) && t.Token.Any(char.IsLetter));
                for (var k = 0; k < tokens.Length; k++)
                {
                    var token = replacement is not null && caps ? tokens[k].ToUpperInvariant() : tokens[k];
                    output.Add((token, (k == 0 ? "B-" : "I-") + type));
                }

                at = end;
            }

            output.AddRange(sentence[at..]);
            sentences.Add([.. output]);
        }

        return NerCorpus.Build(sentences);
    }

    // A person's words change one by one, first names to given names and the rest to surnames, so that a later
    // "Blackburn" follows "Peter Blackburn".
    private string[]? Person((string Token, string Tag)[] original, Dictionary<string, string?> words, Random random, double share)
    {
        // The surname decides: a later "Blackburn" changes exactly when "Peter Blackburn" did.
        var last = original[^1].Token.ToLowerInvariant();
        if (!words.TryGetValue(last, out var surname))
        {
            surname = random.NextDouble() < share ? _surnames[random.Next(_surnames.Length)] : null;
            words[last] = surname;
        }

        if (surname is null)
        {
            return null;
        }

        var result = new string[original.Length];
        for (var k = 0; k < original.Length; k++)
        {
            var token = original[k].Token;
            var lower = token.ToLowerInvariant();
            if (!token.Any(char.IsLetter) || token.Length <= 2 && token.EndsWith('.'))
            {
                result[k] = token;
            }
            else if (words.GetValueOrDefault(lower) is { } word)
            {
                result[k] = word;
            }
            else
            {
                result[k] = _given[random.Next(_given.Length)];
                words[lower] = result[k];
            }
        }

        return result;
    }

    private string[]? Name((string Token, string Tag)[] original, string type, Dictionary<string, string[]?> names, Random random, double share)
    {
        var key = type + " " + string.Join(' ', original.Select(t => t.Token.ToLowerInvariant()));
        if (names.TryGetValue(key, out var known))
        {
            return known;
        }

        string[]? result = null;
        if (random.NextDouble() < share)
        {
            var draw = random.NextDouble();
            var list = type == "LOC"
                ? draw < 0.35 ? _countries : draw < 0.85 ? _cities : _regions
                : draw < 0.5 ? _companies : _clubs;
            result = list[random.Next(list.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        names[key] = result;
        return result;
    }

    private static IEnumerable<string> Column(string folder, string file, int column)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length > column && cols[column].Length > 0)
            {
                yield return cols[column].Trim();
            }
        }
    }

    private static bool IsWord(string word) => word.Length >= 2 && word.All(char.IsAsciiLetter);

    private static bool IsName(string name) => name.Length >= 2 && PlainName().IsMatch(name);

    private static string TitleCase(string word) =>
        word.Length <= 1 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLower(CultureInfo.InvariantCulture);

    // ASCII names of up to four words: letters, hyphens, apostrophes, ampersands and dots.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z.'&-]*(?: [A-Za-z][A-Za-z.'&-]*){0,3}$")]
    private static partial Regex PlainName();
}
