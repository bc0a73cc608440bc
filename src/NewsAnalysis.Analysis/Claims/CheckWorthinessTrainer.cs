namespace NewsAnalysis.Analysis.Claims;

/// <summary>A sentence labelled check-worthy or not, for training.</summary>
public sealed record LabelledStatement(string Text, bool CheckWorthy);

/// <summary>
/// Trains <see cref="CheckWorthinessModel"/> by AdaGrad logistic regression with L2, in a fixed order (seeded
/// shuffle), so the same data always gives the same bytes.
/// </summary>
public sealed class CheckWorthinessTrainer
{
    public int Epochs { get; init; } = 8;

    public double LearningRate { get; init; } = 0.2;

    public double L2 { get; init; } = 1e-6;

    /// <summary>Features seen fewer times than this in training keep weight zero (compact model, less noise).</summary>
    public int MinCount { get; init; } = 2;

    public int Seed { get; init; } = 20240901;

    public CheckWorthinessModel Train(IReadOnlyList<LabelledStatement> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var size = 1 << CheckWorthinessFeatures.Bits;
        var examples = new List<(int[] Features, double Label)>(data.Count);
        var counts = new int[size];
        var buffer = new List<int>(128);
        foreach (var item in data)
        {
            buffer.Clear();
            CheckWorthinessFeatures.Extract(item.Text, buffer);
            var features = buffer.ToArray();
            foreach (var f in features.Distinct())
            {
                counts[f]++;
            }

            examples.Add((features, item.CheckWorthy ? 1.0 : 0.0));
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

        return new CheckWorthinessModel(weights.Select(w => (float)w).ToArray(), (float)bias);
    }

    /// <summary>The same model with its decision threshold moved to <paramref name="threshold"/> (becomes 0.5).</summary>
    public static CheckWorthinessModel Recentre(CheckWorthinessModel model, double threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shift = Math.Log(threshold / (1 - threshold));
        return new CheckWorthinessModel(model.Weights, (float)(model.Bias - shift));
    }
}
