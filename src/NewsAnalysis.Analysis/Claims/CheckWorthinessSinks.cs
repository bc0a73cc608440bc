namespace NewsAnalysis.Analysis.Claims;

/// <summary>Where <see cref="CheckWorthinessFeatures"/> puts the feature indices it finds, one at a time.</summary>
internal interface IFeatureSink
{
    void Add(int feature);
}

/// <summary>Collects the features (training, inspection).</summary>
internal readonly struct FeatureList(List<int> features) : IFeatureSink
{
    public void Add(int feature) => features.Add(feature);
}

/// <summary>
/// Sums the model's weights of the features as they are found, in the order a list would hold them, so scoring
/// gives the same double as <see cref="HashedLogistic.Score"/> without storing the features.
/// </summary>
internal struct WeightSum(float[] weights, float bias) : IFeatureSink
{
    private readonly float[] _weights = weights;

    public double Total { get; private set; } = bias;

    public void Add(int feature) => Total += _weights[feature];
}
