using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>An article with the spans its annotators marked as attribution cues, for training.</summary>
public sealed record CueAnnotatedArticle(string Text, IReadOnlyList<Span> Cues);

/// <summary>
/// Trains <see cref="CueModel"/> on every word the cue lexicon knows, in every annotated article, labelled by whether
/// an annotated cue covers it: AdaGrad logistic regression with L2 in a fixed (seeded) order, so the same data always
/// gives the same bytes.
/// </summary>
public sealed class CueModelTrainer
{
    public int Epochs { get; init; } = 4;

    public double LearningRate { get; init; } = 0.1;

    public double L2 { get; init; } = 1e-6;

    /// <summary>Features seen fewer times than this in training keep weight zero (compact model, less noise).</summary>
    public int MinCount { get; init; } = 5;

    public int Seed { get; init; } = 20261126;

    public CueModel Train(IEnumerable<CueAnnotatedArticle> articles, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lexicon);
        var examples = new List<(int[] Features, double Label)>();
        var buffer = new List<int>(32);
        foreach (var article in articles)
        {
            var document = TextDocument.Parse(article.Text);
            var quoteOf = AttributionFinder.MapTokensToQuotes(document, QuoteFinder.Find(article.Text));
            var cues = article.Cues.OrderBy(c => c.Start).ToList();
            foreach (var (i, a, b, quoted) in AttributionFinder.Candidates(document, quoteOf, lexicon))
            {
                buffer.Clear();
                CueFeatures.Extract(document, a, b, i, quoted, buffer);
                var span = document.Tokens[i].Span;
                examples.Add((buffer.Distinct().ToArray(), cues.Any(c => c.Overlaps(span)) ? 1.0 : 0.0));
            }
        }

        return CueModel.From(HashedLogistic.Train(examples, CueFeatures.Bits, new(Epochs, LearningRate, L2, MinCount, Seed)));
    }
}
