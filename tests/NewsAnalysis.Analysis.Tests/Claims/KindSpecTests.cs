using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

/// <summary>
/// Specs/kinds.json: invented sentences for the kind of an attribution (vague, mixed, direct) and the speaker a
/// journalist reads, one case per fix; the same format as Specs/claims.json.
/// </summary>
public sealed class KindSpecTests
{
    private static readonly ClaimExtractor Extractor = new();

    public static IEnumerable<object[]> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Claims", "Specs", "kinds.json");
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            yield return [new ClaimCase(item.GetRawText())];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_kind_and_speaker_a_journalist_reads(ClaimCase spec)
    {
        var claims = Extractor.Extract(TextDocument.Parse(spec.Text), spec.Actors());

        foreach (var expected in spec.Expected)
        {
            Assert.True(claims.Any(expected.Matches), $"no claim {expected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }

        foreach (var unexpected in spec.Unexpected)
        {
            Assert.False(claims.Any(unexpected.Matches), $"unexpected claim {unexpected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }
    }

    private static string Describe(Claim c) =>
        $"  {c.Attribution.Kind} [{c.Text}] source [{c.Attribution.Source?.Text}] actor {c.Attribution.Source?.ActorId} cue [{c.Attribution.Cue?.Text}]";
}
