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
        var examples = new List<(int[] Features, double Label)>(data.Count);
        var buffer = new List<int>(128);
        foreach (var item in data)
        {
            buffer.Clear();
            CheckWorthinessFeatures.Extract(item.Text, buffer);
            examples.Add((buffer.ToArray(), item.CheckWorthy ? 1.0 : 0.0));
        }

        return CheckWorthinessModel.From(HashedLogistic.Train(examples, CheckWorthinessFeatures.Bits, new(Epochs, LearningRate, L2, MinCount, Seed)));
    }

    /// <summary>The same model with its decision threshold moved to <paramref name="threshold"/> (becomes 0.5).</summary>
    public static CheckWorthinessModel Recentre(CheckWorthinessModel model, double threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shift = Math.Log(threshold / (1 - threshold));
        return new CheckWorthinessModel(model.Weights, (float)(model.Bias - shift));
    }
}
