using System.Text.Json;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class ActorResolverTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();

    public static IEnumerable<object[]> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Actors", "Specs", "actors.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            yield return [new ActorCase(item.GetRawText())];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Groups_names_and_links_pronouns_as_the_spec_says(ActorCase spec)
    {
        var document = TextDocument.Parse(spec.Text);
        var entities = spec.Entities(document);

        var actors = new ActorResolver(Recognizer).Resolve(document, entities);

        Assert.Equal(spec.Expected, actors.Select(a => (a.Name, a.Kind.ToString().ToLowerInvariant(),
            string.Join(" | ", a.Mentions.Select(m => m.Text + ":" + m.Type.ToString().ToLowerInvariant())))).ToArray());
        Assert.Equal(Enumerable.Range(1, actors.Count).Select(i => "a" + i), actors.Select(a => a.Id));
        Assert.All(actors, a => Assert.All(a.Mentions, m => Assert.Equal(m.Text, m.Span.Of(spec.Text))));
    }

    [Fact]
    public void Mentions_are_sorted_and_actors_ordered_by_first_mention()
    {
        var text = "Hamas accused Netanyahu. Benjamin Netanyahu denied it, and Hamas replied.";
        var actors = ArticleAnalyzer.Default.Analyze(text).Actors;

        Assert.All(actors, a => Assert.Equal(a.Mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), a.Mentions.Select(m => m.Span)));
        Assert.Equal(actors.OrderBy(a => a.Mentions[0].Span.Start).Select(a => a.Id), actors.Select(a => a.Id));
    }
}

/// <summary>A resolver case: entities given as (surface, CoNLL type), found left to right in the text.</summary>
public sealed class ActorCase(string json)
{
    private readonly JsonElement _root = JsonDocument.Parse(json).RootElement;

    public string Text => _root.GetProperty("text").GetString()!;

    public (string, string, string)[] Expected => _root.GetProperty("actors").EnumerateArray()
        .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("kind").GetString()!,
            string.Join(" | ", a.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()))))
        .ToArray();

    public List<NamedEntity> Entities(TextDocument document)
    {
        var kinds = new Dictionary<string, ActorKind>
        {
            ["PER"] = ActorKind.Person, ["ORG"] = ActorKind.Organization, ["LOC"] = ActorKind.Location, ["MISC"] = ActorKind.Other,
        };
        var entities = new List<NamedEntity>();
        var from = 0;
        foreach (var pair in _root.GetProperty("entities").EnumerateArray())
        {
            var surface = pair[0].GetString()!;
            from = Text.IndexOf(surface, from, StringComparison.Ordinal);
            var end = from + surface.Length;
            var first = document.Tokens.ToList().FindIndex(t => t.Span.Start == from);
            var last = document.Tokens.ToList().FindIndex(t => t.Span.End == end);
            entities.Add(new NamedEntity(new Span(from, end), first, last + 1, kinds[pair[1].GetString()!]));
            from = end;
        }

        return entities;
    }

    public override string ToString() => Text.Length > 50 ? Text[..50] : Text;
}
