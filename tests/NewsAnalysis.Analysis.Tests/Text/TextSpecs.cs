using System.Text.Json;

namespace NewsAnalysis.Analysis.Tests.Text;

/// <summary>Reads spec cases (JSON arrays of objects) copied next to the test assembly.</summary>
internal static class TextSpecs
{
    public static IEnumerable<object[]> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "Specs", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            yield return [new SpecCase(item.GetRawText())];
        }
    }
}

/// <summary>One case of a spec file; ToString shows the input text in the test name.</summary>
public sealed class SpecCase(string json)
{
    private readonly JsonElement _root = JsonDocument.Parse(json).RootElement;

    public string Text => _root.GetProperty("text").GetString()!;

    public string[] Strings(string name) => _root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public override string ToString() => Text.Length > 60 ? Text[..60] : Text;
}
