using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Figures;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Cli.Eval;

/// <summary>
/// `eval figures DIR`: Recognizers-Text spec files, scored as score.py does. A case passes when every expected
/// result has a figure with the same span (End inclusive in the spec) and value; where a Number spec expects
/// nothing, no figure without a unit may appear.
/// </summary>
internal static class FigureEval
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && File.Exists(args[0]))
        {
            return Task.FromResult(RunDuckling(args[0], args.Contains("--misses")));
        }

        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            throw new UsageException("usage: eval figures DIR|FILE.jsonl [--misses]\n"
                + "  DIR: Recognizers-Text spec JSON files; FILE.jsonl: Duckling-style {\"text\",\"dim\",\"value\"} lines");
        }

        var root = args[0];
        var showMisses = args.Contains("--misses");
        var analyzer = ArticleAnalyzer.Default;
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        int passed = 0, total = 0;
        foreach (var name in files)
        {
            var numberSpec = (name + Path.DirectorySeparatorChar).Contains("Number" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, name)));
            int filePassed = 0, fileTotal = 0;
            foreach (var spec in json.RootElement.EnumerateArray())
            {
                if (!spec.TryGetProperty("Input", out var input) || IsSet(spec, "NotSupported") || IsSet(spec, "NotSupportedByDesign"))
                {
                    continue;
                }

                var text = input.GetString() ?? string.Empty;
                var figures = analyzer.Analyze(text).Figures;
                var ok = Passes(text, spec, figures, numberSpec);
                fileTotal++;
                filePassed += ok ? 1 : 0;
                if (!ok && showMisses)
                {
                    Console.WriteLine($"  miss {name}: {text}\n      want [{string.Join(", ", Expected(spec))}]\n      got  [{string.Join(", ", figures.Select(f => $"{f.Text}={f.Value.ToString(CultureInfo.InvariantCulture)}"))}]");
                }
            }

            Console.WriteLine($"  {name}: {filePassed}/{fileTotal}");
            passed += filePassed;
            total += fileTotal;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figures-recognizers: {100.0 * passed / Math.Max(total, 1):F2} {passed}/{total} cases"));
        return Task.FromResult(0);
    }

    // score.py's figures-duckling: numeral, quantity and money rows with a value; a row is found when a figure has
    // that value and covers at least half of the text.
    private static int RunDuckling(string path, bool showMisses)
    {
        var coins = new Regex(@"\b(nickel|dime|penny|pennies|quarters?|grand|lakhs?|crores?|bucks?|few)\b", RegexOptions.IgnoreCase);
        int found = 0, total = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            var text = r.GetProperty("text").GetString() ?? string.Empty;
            var dim = r.TryGetProperty("dim", out var d) ? d.GetString() : null;
            if (dim is not ("numeral" or "quantity" or "amount-of-money") || !r.TryGetProperty("value", out var v)
                || v.ValueKind != JsonValueKind.Number || r.TryGetProperty("locale", out _) || coins.IsMatch(text))
            {
                continue;
            }

            var want = v.GetDouble();
            var figures = ArticleAnalyzer.Default.Analyze(text).Figures;
            var ok = figures.Any(f => Math.Abs(f.Value - want) <= 1e-6 * Math.Max(1, Math.Abs(want))
                                      && f.Span.Length >= text.Trim().Length * 0.5);
            total++;
            found += ok ? 1 : 0;
            if (!ok && showMisses)
            {
                Console.WriteLine($"  miss: {text} = {want.ToString(CultureInfo.InvariantCulture)} => [{string.Join(", ", figures.Select(f => $"{f.Text}={f.Value.ToString(CultureInfo.InvariantCulture)}"))}]");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figures-duckling: {100.0 * found / Math.Max(total, 1):F2} {found}/{total}"));
        return 0;
    }

    private static IEnumerable<string> Expected(JsonElement spec) =>
        spec.TryGetProperty("Results", out var results)
            ? results.EnumerateArray().Select(r => $"{r.GetProperty("Text").GetString()}={ExpectedValue(r)?.ToString(CultureInfo.InvariantCulture)}")
            : [];

    private static bool IsSet(JsonElement spec, string property) =>
        spec.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    internal static bool Passes(string text, JsonElement spec, IReadOnlyList<Figure> figures, bool numberSpec)
    {
        var hasResults = spec.TryGetProperty("Results", out var results) && results.GetArrayLength() > 0;
        if (!hasResults)
        {
            return !numberSpec || figures.All(f => !string.IsNullOrEmpty(f.Unit));
        }

        foreach (var expected in results.EnumerateArray())
        {
            var start = expected.GetProperty("Start").GetInt32();
            var end = expected.GetProperty("End").GetInt32() + 1;
            var want = ExpectedValue(expected);
            var found = figures.Any(f => CodePoints.Before(text, f.Span.Start) == start && CodePoints.Before(text, f.Span.End) == end
                && (want is null || Math.Abs(f.Value - want.Value) <= 1e-6 * Math.Max(1, Math.Abs(want.Value))));
            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static double? ExpectedValue(JsonElement expected)
    {
        if (!expected.TryGetProperty("Resolution", out var resolution) || resolution.ValueKind != JsonValueKind.Object
            || !resolution.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var s = value.GetString()!.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal);
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

}
