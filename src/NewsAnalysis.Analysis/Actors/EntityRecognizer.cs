using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Finds person, organisation, location and other names in a document with an averaged-perceptron tagger over
/// BIO labels (greedy, left to right), run twice: the second pass also sees how the first labelled the same word
/// elsewhere in the article. Immutable; one instance serves every thread.
/// </summary>
public sealed class EntityRecognizer
{
    private const string ResourceName = "NewsAnalysis.Analysis.Models.ner.bin";

    private readonly NerModel? _model;

    /// <summary>A recogniser without a model: finds nothing.</summary>
    public EntityRecognizer()
    {
    }

    internal EntityRecognizer(NerModel model) => _model = model;

    internal NerModel? Model => _model;

    /// <summary>The recogniser with the model shipped in this assembly.</summary>
    public static EntityRecognizer LoadDefault()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new EntityRecognizer() : new EntityRecognizer(NerModel.Read(stream));
    }

    public static EntityRecognizer Load(Stream stream) => new(NerModel.Read(stream));

    public IReadOnlyList<NamedEntity> Recognize(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_model is null || document.Tokens.Count == 0)
        {
            return [];
        }

        var d = new NerDocument(document, _model.Gazetteer);
        var labels = new int[d.Count];
        Decode(d, _model.First, labels);
        if (_model.Second is { } second)
        {
            d.SetFirstPass(labels);
            Decode(d, second, labels);
        }

        return ToEntities(document, labels);
    }

    internal static void Decode(NerDocument d, NerWeights weights, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<int> scores = stackalloc int[NerLabels.Count];
        foreach (var sentence in d.Document.Sentences)
        {
            int y1 = NerFeatures.Start, y2 = NerFeatures.Start;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var n = NerFeatures.Extract(d, i, y1, y2, features);
                scores.Clear();
                weights.Score(features[..n], scores);
                var best = Best(scores, y1);
                labels[i] = best;
                y2 = y1;
                y1 = best;
            }
        }
    }

    /// <summary>The best label that may follow <paramref name="previous"/> (I-X only after B-X or I-X).</summary>
    internal static int Best<T>(ReadOnlySpan<T> scores, int previous)
        where T : System.Numerics.INumber<T>
    {
        var best = NerLabels.Outside;
        for (var l = 1; l < NerLabels.Count; l++)
        {
            if (scores[l] > scores[best] && NerLabels.Allowed(previous == NerFeatures.Start ? 0 : previous, l))
            {
                best = l;
            }
        }

        return best;
    }

    internal static List<NamedEntity> ToEntities(TextDocument document, ReadOnlySpan<int> labels)
    {
        var entities = new List<NamedEntity>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabels.Outside;
            var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start])
                && document.Tokens[i - 1].Span.End <= document.Tokens[i].Span.Start;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                var span = new Span(document.Tokens[start].Span.Start, document.Tokens[i - 1].Span.End);
                entities.Add(new NamedEntity(span, start, i, NerLabels.Kind(NerLabels.TypeOf(labels[start]))));
                start = -1;
            }

            if (label != NerLabels.Outside)
            {
                start = i;
            }
        }

        return entities;
    }
}
