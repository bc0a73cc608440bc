using System.Text.Json;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

/// <summary>Runs every case of Specs/claims.json: text, the actors the resolver would give, and expected claims.</summary>
public sealed class ClaimSpecTests
{
    private static readonly ClaimExtractor Extractor = new();
    private static readonly ClaimExtractor RulesOnly = new(CueLexicon.Default, CheckWorthinessModel.Default, CueModel.Default, filter: null);

    public static IEnumerable<object[]> Cases() => ClaimCase.Load("claims.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_expected_claims(ClaimCase spec)
    {
        var document = TextDocument.Parse(spec.Text);
        var claims = (spec.RulesOnly ? RulesOnly : Extractor).Extract(document, spec.Actors());

        foreach (var expected in spec.Expected)
        {
            var match = claims.FirstOrDefault(c => expected.Matches(c));
            Assert.True(match is not null,
                $"no claim {expected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }

        foreach (var unexpected in spec.Unexpected)
        {
            Assert.False(claims.Any(unexpected.Matches),
                $"unexpected claim {unexpected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }

        if (spec.Attributed is { } attributed)
        {
            Assert.Equal(attributed, claims.Count(c => c.Attribution.Kind != AttributionKind.Unattributed));
        }

        if (spec.Exactly)
        {
            Assert.Equal(spec.Expected.Count, claims.Count);
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            Assert.Equal("c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Id);
            Assert.Equal(c.Text, c.Span.Of(spec.Text));
            Assert.InRange(c.CheckWorthiness, 0, 1);
            Assert.True(i == 0 || claims[i - 1].Span.Start <= c.Span.Start, "claims are in text order");
        }
    }

    private static string Describe(Claim c) =>
        $"  {c.Attribution.Kind} [{c.Text}] source [{c.Attribution.Source?.Text}] actor {c.Attribution.Source?.ActorId} cue [{c.Attribution.Cue?.Text}]";
}

/// <summary>One spec case; ToString names it in the test list.</summary>
public sealed class ClaimCase
{
    private readonly JsonElement _root;

    public ClaimCase(string json) => _root = JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>The cases of one file of Claims/Specs, as theory data.</summary>
    public static IEnumerable<object[]> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Claims", "Specs", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            yield return [new ClaimCase(item.GetRawText())];
        }
    }

    public string Text => _root.GetProperty("text").GetString()!;

    public int? Attributed => _root.TryGetProperty("attributed", out var a) ? a.GetInt32() : null;

    public bool Exactly => _root.TryGetProperty("exactly", out var e) && e.GetBoolean();

    /// <summary>
    /// The case tests which source and content the rules choose, not whether the learned filter keeps the proposal
    /// ("rulesOnly"): the filter's thresholds move with every retraining.
    /// </summary>
    public bool RulesOnly => _root.TryGetProperty("rulesOnly", out var r) && r.GetBoolean();

    public IReadOnlyList<ExpectedClaim> Expected =>
        _root.GetProperty("claims").EnumerateArray().Select(e => new ExpectedClaim(e)).ToList();

    /// <summary>Claims that must not be there ("notClaims"; none when left out).</summary>
    public IReadOnlyList<ExpectedClaim> Unexpected =>
        _root.TryGetProperty("notClaims", out var n) ? n.EnumerateArray().Select(e => new ExpectedClaim(e)).ToList() : [];

    /// <summary>Actors as the resolver would hand them over: each mention is the first occurrence of its text.</summary>
    public IReadOnlyList<Actor> Actors() => _root.GetProperty("actors").EnumerateArray()
        .Select(a => new Actor(
            a.GetProperty("id").GetString()!,
            a.GetProperty("mentions")[0].GetProperty("text").GetString()!,
            a.TryGetProperty("kind", out var kind) ? Enum.Parse<ActorKind>(kind.GetString()!, ignoreCase: true) : ActorKind.Person,
            a.GetProperty("mentions").EnumerateArray().Select(m =>
            {
                var text = m.GetProperty("text").GetString()!;
                var start = FindWord(text);
                Assert.True(start >= 0, $"mention '{text}' not in the text");
                var type = Enum.Parse<MentionType>(m.GetProperty("type").GetString()!, ignoreCase: true);
                return new Mention(new Span(start, start + text.Length), text, type);
            }).ToList()))
        .ToList();

    public override string ToString() => _root.GetProperty("name").GetString()!;

    // The first occurrence standing as whole words ("he" is not the end of "The").
    private int FindWord(string word)
    {
        for (var i = Text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = Text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(Text[i - 1])) && (end == Text.Length || !char.IsLetter(Text[end])))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What one expected claim says; fields left out of the spec are not checked.</summary>
public sealed class ExpectedClaim(JsonElement e)
{
    private string? Get(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private bool Has(string name) => e.TryGetProperty(name, out _);

    public bool Matches(Claim c)
    {
        var a = c.Attribution;
        return (Get("content") is not { } content || c.Text == content)
            && (Get("contentContains") is not { } part || c.Text.Contains(part, StringComparison.Ordinal))
            && (Get("kind") is not { } kind || a.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase))
            && (!Has("source") || a.Source?.Text == Get("source"))
            && (Get("sourceContains") is not { } s || (a.Source?.Text.Contains(s, StringComparison.Ordinal) ?? false))
            && (!Has("actor") || a.Source?.ActorId == Get("actor"))
            && (Get("cue") is not { } cue || a.Cue?.Text == cue)
            && (Get("cueContains") is not { } cuePart || (a.Cue?.Text.Contains(cuePart, StringComparison.Ordinal) ?? false));
    }

    public override string ToString() => e.GetRawText();
}
