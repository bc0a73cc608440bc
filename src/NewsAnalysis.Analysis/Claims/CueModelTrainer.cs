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
    public int Epochs { get; init; } = 6;

    public double LearningRate { get; init; } = 0.1;

    public double L2 { get; init; } = 1e-6;

    /// <summary>Features seen fewer times than this in training keep weight zero (compact model, less noise).</summary>
    public int MinCount { get; init; } = 2;

    public int Seed { get; init; } = 20261126;

    public CueModel Train(IEnumerable<CueAnnotatedArticle> articles, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lexicon);
        var size = 1 << CueFeatures.Bits;
        var counts = new int[size];
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
                var features = buffer.Distinct().ToArray();
                foreach (var f in features)
                {
                    counts[f]++;
                }

                var span = document.Tokens[i].Span;
                examples.Add((features, cues.Any(c => c.Overlaps(span)) ? 1.0 : 0.0));
            }
        }

        for (var e = 0; e < examples.Count; e++)
        {
            examples[e] = (examples[e].Features.Where(f => counts[f] >= MinCount).ToArray(), examples[e].Label);
        }

        var weights = new double[size];
        var squares = new double[size];
        double bias = 0, biasSquares = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f];
                }

                var gradient = 1.0 / (1.0 + Math.Exp(-z)) - label;
                foreach (var f in features)
                {
                    var g = gradient + L2 * weights[f];
                    squares[f] += g * g;
                    weights[f] -= LearningRate * g / (Math.Sqrt(squares[f]) + 1e-8);
                }

                biasSquares += gradient * gradient;
                bias -= LearningRate * gradient / (Math.Sqrt(biasSquares) + 1e-8);
            }
        }

        return new CueModel(weights.Select(w => (float)w).ToArray(), (float)bias);
    }
}
