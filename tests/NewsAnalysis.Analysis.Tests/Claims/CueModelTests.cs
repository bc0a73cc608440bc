using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class CueModelTests
{
    // "backs" reports a stance after a person ("The mayor backs"), not inside a noun phrase ("the backs of chairs").
    private static readonly CueAnnotatedArticle[] Articles =
    [
        Article("The mayor backs the plan to widen the road.", "backs"),
        Article("She backs a ban on smoking in parks.", "backs"),
        Article("The governor backs the new school budget.", "backs"),
        Article("They sat on the backs of the old chairs.", null),
        Article("Paint peeled from the backs of the benches.", null),
        Article("He leaned on the backs of two seats.", null),
    ];

    [Fact]
    public void Training_learns_context_and_is_deterministic()
    {
        var lexicon = new CueLexicon([new("backs", 0.5)]);
        var trainer = new CueModelTrainer { MinCount = 1, Epochs = 10 };
        var model = trainer.Train(Articles, lexicon);
        Assert.Equal(Save(model), Save(trainer.Train(Articles, lexicon)));

        var loaded = CueModel.Load(new MemoryStream(Save(model)));
        Assert.Equal(Save(model), Save(loaded));
        Assert.True(Score(loaded, "The senator backs the bill.", "backs") > 0.5);
        Assert.True(Score(loaded, "Rain ran down the backs of the chairs.", "backs") < 0.5);
    }

    [Fact]
    public void Shipped_model_tells_a_reporting_verb_from_a_noun()
    {
        var model = CueModel.Default;
        Assert.True(Score(model, "The senator said that the bill would pass.", "said") > 0.5);
        Assert.True(Score(model, "The company will report earnings on Monday, and the report is due.", "report", last: true) < 0.3);
    }

    private static CueAnnotatedArticle Article(string text, string? cue) =>
        new(text, cue is null ? [] : [new Span(text.IndexOf(cue, StringComparison.Ordinal), text.IndexOf(cue, StringComparison.Ordinal) + cue.Length)]);

    private static double Score(CueModel model, string text, string word, bool last = false)
    {
        var document = TextDocument.Parse(text);
        var at = last ? text.LastIndexOf(word, StringComparison.Ordinal) : text.IndexOf(word, StringComparison.Ordinal);
        var token = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens[t].Span.Start == at);
        var sentence = document.Sentences.First(s => s.FirstToken <= token && token < s.EndToken);
        return model.Score(document, sentence.FirstToken, sentence.EndToken, token, quoted: false);
    }

    private static byte[] Save(CueModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
