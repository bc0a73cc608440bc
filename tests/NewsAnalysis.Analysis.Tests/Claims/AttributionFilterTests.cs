using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class AttributionFilterTests
{
    private static readonly string[] Speakers = ["The mayor", "The senator", "A spokeswoman", "The minister", "The coach", "The chairman", "The judge", "The treasurer"];
    private static readonly string[] Outlets = ["The paper", "The station", "The newsletter", "The magazine", "The broadcaster", "The website"];
    private static readonly string[] Facts =
    [
        "the new road would open in May", "the plan would cost more than expected", "the school would stay shut for a week",
        "the bridge was unsafe for heavy trucks", "the tax would rise next year", "the team had played badly all season",
    ];

    // "The paper wrote that the mayor said ...": annotators mark the paper, not the report nested inside what it wrote.
    [Fact]
    public void Training_learns_to_drop_nested_reports_and_is_deterministic()
    {
        var articles = Articles();
        var trainer = new AttributionFilterTrainer { Folds = 2, MinCount = 1, Epochs = 10 };
        var (filter, report) = trainer.Train(articles, CueLexicon.Default, CueModel.Default, _ => []);
        var (again, _) = trainer.Train(articles, CueLexicon.Default, CueModel.Default, _ => []);
        Assert.Equal(Save(filter), Save(again));
        Assert.Equal(Save(filter), Save(AttributionFilter.Load(new MemoryStream(Save(filter)))));
        Assert.True(report.SourcePrecision > 0.9, $"cross-validated source precision {report.SourcePrecision}");
        Assert.True(report.SourceF1 > report.RulesSourceF1, $"{report.SourceF1} vs the rules alone {report.RulesSourceF1}");

        const string text = "The gazette wrote that the headmaster said the library would close in June.";
        var sources = Sources(filter, text);
        Assert.Contains("The gazette", sources);
        Assert.DoesNotContain("the headmaster", sources);
        Assert.Contains("the headmaster", Sources(null, text));
    }

    [Fact]
    public void A_dropped_report_leaves_its_sentence_an_unattributed_claim_and_sourceless_reports_stay()
    {
        const string text = "Local residents fear the city will spend $40 million on new roads in 2027. It is believed that the old bridge will close in June.";
        Assert.Contains(Extract(null, text), c => c.Attribution.Source?.Text == "Local residents");

        var claims = Extract(DropAll(), text);
        Assert.DoesNotContain(claims, c => c.Attribution.Source is not null);
        Assert.Contains(claims, c => c.Attribution.Kind == AttributionKind.Unattributed && c.Text.StartsWith("Local residents fear", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Attribution.Kind == AttributionKind.Vague && c.Text.Contains("old bridge", StringComparison.Ordinal));
    }

    // A speaker named by a relative clause with a newsroom reporting verb is left to the rules; a plain report is not.
    [Fact]
    public void A_relative_clause_speaker_is_left_to_the_rules()
    {
        const string relative = "Residents got a letter that claimed the city will spend $40 million on new roads in 2027.";
        const string plain = "The mayor said the city will spend $40 million on new roads in 2027.";
        Assert.Contains("a letter", Sources(null, relative));
        Assert.Contains("The mayor", Sources(null, plain));

        Assert.Contains("a letter", Sources(DropAll(), relative));
        Assert.Empty(Sources(DropAll(), plain));
    }

    private static AttributionFilter DropAll() =>
        new(new HashedLogistic(new float[1 << AttributionFeatures.Bits], -10, AttributionFeatures.Bits), 0.5, 0.5, 0.5, 0.35);

    private static IReadOnlyList<Claim> Extract(AttributionFilter? filter, string text) =>
        new ClaimExtractor(CueLexicon.Default, CheckWorthinessModel.Default, CueModel.Default, filter).Extract(TextDocument.Parse(text), []);

    [Fact]
    public void Shipped_filter_keeps_a_plain_report()
    {
        var claims = new ClaimExtractor().Extract(TextDocument.Parse("The finance minister said on Monday that the budget deficit would shrink to 3 percent next year."), []);
        Assert.Contains(claims, c => c.Attribution.Source?.Text == "The finance minister");
        Assert.InRange(AttributionFilter.Default.Threshold, 0.01, 0.9);
    }

    private static List<AttributionAnnotatedArticle> Articles()
    {
        var articles = new List<AttributionAnnotatedArticle>();
        for (var k = 0; k < 24; k++)
        {
            var speaker = Speakers[k % Speakers.Length];
            var outlet = Outlets[k % Outlets.Length];
            var inner = Speakers[(k + 3) % Speakers.Length].ToLowerInvariant();
            var fact = Facts[k % Facts.Length];
            var other = Facts[(k + 1) % Facts.Length];
            var first = $"{speaker} said {fact}.";
            var second = $"{outlet} wrote that {inner} said {other}.";
            var text = first + " " + second;
            var outletAt = first.Length + 1;
            articles.Add(new AttributionAnnotatedArticle(text,
            [
                (new Span(speaker.Length + 6, first.Length - 1), new Span(0, speaker.Length)),
                (new Span(outletAt + outlet.Length + 12, text.Length - 1), new Span(outletAt, outletAt + outlet.Length)),
            ]));
        }

        return articles;
    }

    private static List<string> Sources(AttributionFilter? filter, string text) =>
        Extract(filter, text)
            .Where(c => c.Attribution.Source is not null)
            .Select(c => c.Attribution.Source!.Text)
            .ToList();

    private static byte[] Save(AttributionFilter filter)
    {
        using var stream = new MemoryStream();
        filter.Save(stream);
        return stream.ToArray();
    }
}
