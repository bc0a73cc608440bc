using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over <see cref="AttributionFeatures"/> that decides which of the finder's proposed
/// attributions to keep: a proposal whose source is unlikely to be the real speaker is dropped, and its sentence
/// stays the article's own claim. Proposals without a source are kept as they are. Immutable once loaded; the
/// shipped model (with the threshold cross-validation chose) is rebuilt by <c>train claim-attribution-filter</c>.
/// </summary>
public sealed class AttributionFilter
{
    private const string Magic = "NAATTR2";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-attribution-filter.bin";

    private static readonly Lazy<AttributionFilter> Shipped = new(LoadShipped);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly HashedLogistic _model;

    internal AttributionFilter(HashedLogistic model, double threshold, double weakThreshold, double frameThreshold, double candidateProbability)
    {
        FrameThreshold = frameThreshold;
        _model = model;
        Threshold = threshold;
        WeakThreshold = weakThreshold;
        CandidateProbability = candidateProbability;
    }

    public static AttributionFilter Default => Shipped.Value;

    /// <summary>The least probability a proposal needs to be kept, when the rules alone would have made it.</summary>
    public double Threshold { get; }

    /// <summary>The least probability a proposal needs to be kept, when its cue is one the rules alone would not take.</summary>
    public double WeakThreshold { get; }

    /// <summary>The least probability a proposal needs to be kept, when only its shape proposed it (no known cue).</summary>
    public double FrameThreshold { get; }

    /// <summary>The cue model probability down to which the finder proposes attributions for this filter.</summary>
    public double CandidateProbability { get; }

    internal List<FoundAttribution> Keep(
        TextDocument document, int[] quoteOf, List<FoundAttribution> candidates, IReadOnlyList<Actor> actors, CueLexicon lexicon)
    {
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var features = new AttributionFeatures(document, quoteOf, candidates, actors, lexicon);
        var kept = new List<FoundAttribution>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Source is null || features.IsTrusted(candidate) || Score(features, candidate) >= ThresholdFor(candidate))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    internal double ThresholdFor(FoundAttribution candidate) => ThresholdFor(candidate, Threshold, WeakThreshold, FrameThreshold);

    internal static double ThresholdFor(FoundAttribution candidate, double threshold, double weak, double frame) =>
        candidate.Rule is >= AttributionRule.FrameThat and <= AttributionRule.VerbAnySubject ? frame : candidate.Weak ? weak : threshold;

    internal double Score(AttributionFeatures features, FoundAttribution candidate)
    {
        var buffer = t_features ??= new List<int>(48);
        buffer.Clear();
        features.Extract(candidate, buffer);
        return _model.Score(buffer);
    }

    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var header = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(Threshold);
            header.Write(WeakThreshold);
            header.Write(FrameThreshold);
            header.Write(CandidateProbability);
        }

        _model.Save(output, Magic);
    }

    public static AttributionFilter Load(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        double threshold, weakThreshold, frameThreshold, candidateProbability;
        using (var header = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            if (header.ReadString() != Magic)
            {
                throw new InvalidDataException("not an attribution filter of this version");
            }

            threshold = header.ReadDouble();
            weakThreshold = header.ReadDouble();
            frameThreshold = header.ReadDouble();
            candidateProbability = header.ReadDouble();
        }

        return new AttributionFilter(HashedLogistic.Load(input, Magic, AttributionFeatures.Bits, "attribution filter"), threshold, weakThreshold, frameThreshold, candidateProbability);
    }

    private static AttributionFilter LoadShipped()
    {
        using var stream = HashedLogistic.OpenEmbedded(ResourceName);
        return Load(stream);
    }
}
