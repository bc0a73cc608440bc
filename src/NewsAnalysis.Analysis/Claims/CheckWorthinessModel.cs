namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over hashed sentence features: how worth fact-checking a statement is, in [0, 1].
/// Immutable once loaded; the shipped model is an embedded resource rebuilt by <c>train checkworthiness</c>.
/// </summary>
public sealed class CheckWorthinessModel
{
    private const string Magic = "NACW1";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-checkworthiness.bin";

    private static readonly Lazy<CheckWorthinessModel> Shipped = new(LoadShipped);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly HashedLogistic _model;

    internal CheckWorthinessModel(float[] weights, float bias)
        : this(new HashedLogistic(weights, bias, CheckWorthinessFeatures.Bits))
    {
    }

    private CheckWorthinessModel(HashedLogistic model) => _model = model;

    public static CheckWorthinessModel Default => Shipped.Value;

    internal float Bias => _model.Bias;

    internal float[] Weights => _model.Weights;

    public double Score(ReadOnlySpan<char> statement)
    {
        // One buffer per thread: scoring runs on every sentence, and the model is shared between threads.
        var features = t_features ??= new List<int>(256);
        features.Clear();
        CheckWorthinessFeatures.Extract(statement, features);
        return Score(features);
    }

    internal double Score(List<int> features) => _model.Score(features);

    internal static CheckWorthinessModel From(HashedLogistic model) => new(model);

    public void Save(Stream output) => _model.Save(output, Magic);

    public static CheckWorthinessModel Load(Stream input) =>
        new(HashedLogistic.Load(input, Magic, CheckWorthinessFeatures.Bits, "check-worthiness model"));

    private static CheckWorthinessModel LoadShipped()
    {
        using var stream = HashedLogistic.OpenEmbedded(ResourceName);
        return Load(stream);
    }
}
