using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over <see cref="CueFeatures"/>: how likely a word, in its sentence, reports what someone said
/// or thinks ("support" in "voters who support Trump" is a PolNeAR cue, "the support of" is not). Immutable once
/// loaded; the shipped model is an embedded resource rebuilt by <c>train claim-cue-model</c>.
/// </summary>
public sealed class CueModel
{
    private const string Magic = "NACUE1";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-cue-model.bin";

    private static readonly Lazy<CueModel> Shipped = new(LoadShipped);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly HashedLogistic _model;

    internal CueModel(float[] weights, float bias)
        : this(new HashedLogistic(weights, bias, CueFeatures.Bits))
    {
    }

    private CueModel(HashedLogistic model) => _model = model;

    public static CueModel Default => Shipped.Value;

    internal float Bias => _model.Bias;

    internal double Score(TextDocument document, int a, int b, int i, bool quoted)
    {
        var features = t_features ??= new List<int>(32);
        features.Clear();
        CueFeatures.Extract(document, a, b, i, quoted, features);
        return Score(features);
    }

    internal double Score(List<int> features) => _model.Score(features);

    internal static CueModel From(HashedLogistic model) => new(model);

    public void Save(Stream output) => _model.Save(output, Magic);

    public static CueModel Load(Stream input) => new(HashedLogistic.Load(input, Magic, CueFeatures.Bits, "cue model"));

    private static CueModel LoadShipped()
    {
        using var stream = HashedLogistic.OpenEmbedded(ResourceName);
        return Load(stream);
    }
}
