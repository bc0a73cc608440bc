using System.Globalization;
using System.Text;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// `train claim-cues`: counts, over PolNeAR brat files, how often each word is (part of) an annotated Cue and how
/// often it occurs at all; writes the compact lexicon the attribution finder ships (Models/claims-cues.tsv).
/// </summary>
internal static class ClaimCueTraining
{
    public const string Help = "--polnear DIR --out PATH   (PolNeAR train split: DIR/*.txt + DIR/*.ann)";

    /// <summary>`--polnear DIR --out PATH`, shared by the commands that learn from PolNeAR.</summary>
    public static (string Folder, string Output) ReadArguments(string[] args, string command)
    {
        string? folder = null, output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--polnear": folder = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: throw new UsageException(command + " " + Help);
            }
        }

        return folder is null || output is null ? throw new UsageException(command + " " + Help) : (folder, output);
    }

    public static Task<int> RunAsync(string[] args)
    {
        var (folder, output) = ReadArguments(args, "train claim-cues");

        var asCue = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = Directory.GetFiles(folder, "*.ann").Order(StringComparer.Ordinal).ToList();
        foreach (var ann in files)
        {
            var text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"), Encoding.UTF8);
            var cues = ReadCueSpans(ann);
            var document = TextDocument.Parse(text);
            foreach (var token in document.Tokens.Where(t => t.Kind == TokenKind.Word))
            {
                var word = token.Span.Of(text).ToLowerInvariant();
                seen[word] = seen.GetValueOrDefault(word) + 1;
                if (cues.Any(c => c.Contains(token.Span)))
                {
                    asCue[word] = asCue.GetValueOrDefault(word) + 1;
                }
            }
        }

        // Every form of a word family that is a cue often enough, so the lexicon can lend rare forms the family's rate.
        var families = seen.Keys.GroupBy(CueLexicon.FamilyOf, StringComparer.Ordinal)
            .Where(family => family.Sum(word => asCue.GetValueOrDefault(word)) >= 3);
        var lines = families.SelectMany(family => family)
            .Order(StringComparer.Ordinal)
            .Select(word => string.Create(CultureInfo.InvariantCulture, $"{word}\t{asCue.GetValueOrDefault(word)}\t{seen[word]}"));
        File.WriteAllLines(output, [$"# word\ttimes inside a PolNeAR Cue\ttimes seen ({files.Count} articles)", .. lines]);
        Console.Error.WriteLine($"wrote {output} from {files.Count} articles");
        return Task.FromResult(0);
    }

    // Cue spans of a brat file, discontinuous fragments kept apart.
    internal static List<Analysis.Span> ReadCueSpans(string ann)
    {
        var spans = new List<Analysis.Span>();
        foreach (var line in File.ReadLines(ann, Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !parts[0].StartsWith('T') || !parts[1].StartsWith("Cue ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var fragment in parts[1][4..].Split(';'))
            {
                var bounds = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                spans.Add(new Analysis.Span(
                    int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture)));
            }
        }

        return spans;
    }
}
