using System.Globalization;
using System.Text.Json;
using NewsAnalysis.Analysis.Figures;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Figures;

/// <summary>Spec-driven figures tests: our own news sentences (every case must pass) and Recognizers-Text cases.</summary>
public class FigureSpecTests
{
    private static readonly string SpecDirectory = Path.Combine(AppContext.BaseDirectory, "Figures", "Specs");

    public static TheoryData<string> NewsCases()
    {
        var data = new TheoryData<string>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDirectory, "NewsFigures.json")));
        foreach (var spec in json.RootElement.EnumerateArray())
        {
            data.Add(spec.GetProperty("Input").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NewsCases))]
    public void News_sentence_gives_exactly_the_expected_figures(string input)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDirectory, "NewsFigures.json")));
        var spec = json.RootElement.EnumerateArray().Single(s => s.GetProperty("Input").GetString() == input);
        var figures = Extract(input);
        var expected = spec.GetProperty("Results").EnumerateArray().ToList();

        Assert.Equal(expected.Select(e => e.GetProperty("Text").GetString()), figures.Select(f => f.Text));
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i];
            var got = figures[i];
            Assert.Equal(want.GetProperty("Value").GetDouble(), got.Value, 6);
            Assert.Equal(Optional(want, "Unit"), got.Unit);
            Assert.Equal(Optional(want, "Qualifier"), got.Qualifier);
            if (want.TryGetProperty("Measure", out var measure))
            {
                Assert.Equal(measure.GetString(), got.Measure);
            }
        }
    }

    // Floors sit a little under what the extractor passes today, so a regression fails. What still misses: unit-only
    // mentions ("convert 10 celsius to fahrenheit": no quantity, so no figure), a Number model reading "$20" as 20 where
    // the Currency model wants "$ 20", ordinals (never figures here).
    [Theory]
    [InlineData("Number-NumberModel.json", 0.94)]
    [InlineData("Number-PercentModel.json", 1.0)]
    [InlineData("NumberWithUnit-AgeModel.json", 1.0)]
    [InlineData("NumberWithUnit-CurrencyModel.json", 0.95)]
    [InlineData("NumberWithUnit-DimensionModel.json", 0.93)]
    [InlineData("NumberWithUnit-TemperatureModel.json", 0.70)]
    public void Recognizers_spec_pass_rate_holds(string file, double floor)
    {
        var (passed, total, misses) = Score(file);
        Assert.True(passed >= floor * total, $"{file}: {passed}/{total}\n{string.Join('\n', misses)}");
    }

    private static (int Passed, int Total, List<string> Misses) Score(string file)
    {
        var extractor = new FigureExtractor();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDirectory, "Recognizers", file)));
        var numberSpec = file.StartsWith("Number-", StringComparison.Ordinal);
        int passed = 0, total = 0;
        var misses = new List<string>();
        foreach (var spec in json.RootElement.EnumerateArray())
        {
            var input = spec.GetProperty("Input").GetString()!;
            var figures = extractor.Extract(TextDocument.Parse(input));
            total++;
            if (RecognizersCase.Passes(input, spec, figures, numberSpec))
            {
                passed++;
            }
            else
            {
                misses.Add($"{input} => {string.Join(", ", figures.Select(f => f.Text))}");
            }
        }

        return (passed, total, misses);
    }

    private static string? Optional(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static IReadOnlyList<Figure> Extract(string text) => new FigureExtractor().Extract(TextDocument.Parse(text));
}

/// <summary>The Recognizers-Text pass rule of score.py: same span (End inclusive, code points) and value.</summary>
internal static class RecognizersCase
{
    public static bool Passes(string text, JsonElement spec, IReadOnlyList<Figure> figures, bool numberSpec)
    {
        if (!spec.TryGetProperty("Results", out var results) || results.GetArrayLength() == 0)
        {
            return !numberSpec || figures.All(f => !string.IsNullOrEmpty(f.Unit));
        }

        foreach (var expected in results.EnumerateArray())
        {
            var start = expected.GetProperty("Start").GetInt32();
            var end = expected.GetProperty("End").GetInt32() + 1;
            double? want = null;
            if (expected.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object
                && resolution.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString()!.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal),
                    NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                want = v;
            }

            if (!figures.Any(f => CodePoints.Before(text, f.Span.Start) == start && CodePoints.Before(text, f.Span.End) == end
                                  && (want is null || Math.Abs(f.Value - want.Value) <= 1e-6 * Math.Max(1, Math.Abs(want.Value)))))
            {
                return false;
            }
        }

        return true;
    }

}
