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
    private static readonly ClaimExtractor RulesOnly = new(CueLexicon.Default, CheckWorthinessModel.Default, CueModel.Default, filter: null);

    public static IEnumerable<object[]> Cases() => ClaimCase.Load("kinds.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_kind_and_speaker_a_journalist_reads(ClaimCase spec)
    {
        var claims = (spec.RulesOnly ? RulesOnly : Extractor).Extract(TextDocument.Parse(spec.Text), spec.Actors());

        foreach (var expected in spec.Expected)
        {
            Assert.True(claims.Any(expected.Matches), $"no claim {expected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }

        foreach (var unexpected in spec.Unexpected)
        {
            Assert.False(claims.Any(unexpected.Matches), $"unexpected claim {unexpected} among:\n" + string.Join('\n', claims.Select(Describe)));
        }
    }

    // The rules propose the turn; whether it is kept is the filter's call, which weighs a source inside a quotation.
    [Fact]
    public void A_transcript_quoted_turn_by_turn_opens_each_quotation_with_its_speaker()
    {
        const string text = "Here is the transcript.\n\n\"WALLACE: Let us start with the debate story. After the debate you said it went well.\n\n\"PENCE: Well, look, the other side thinks this is an easy night for them.\"";
        var rulesOnly = new ClaimExtractor(CueLexicon.Default, CheckWorthinessModel.Default, CueModel.Default, filter: null);
        var claims = rulesOnly.Extract(TextDocument.Parse(text), []);

        Assert.Contains(claims, c => c.Attribution.Source?.Text == "WALLACE" && c.Attribution.Kind == AttributionKind.Direct
            && c.Text == "Let us start with the debate story. After the debate you said it went well");
        Assert.Contains(claims, c => c.Attribution.Source?.Text == "PENCE"
            && c.Text == "Well, look, the other side thinks this is an easy night for them.");
    }

    private static string Describe(Claim c) =>
        $"  {c.Attribution.Kind} [{c.Text}] source [{c.Attribution.Source?.Text}] actor {c.Attribution.Source?.ActorId} cue [{c.Attribution.Cue?.Text}]";
}
