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

        var d = new NerDocument(document, _model.Gazetteer, _model.Clusters);
        var labels = new int[d.Count];
        var secondStatic = new int[d.Count * NerLabels.Count];
        DecodeFirst(d, _model.Weights, labels, secondStatic);
        d.SetFirstPass(labels);
        DecodeSecond(d, _model.Weights, labels, secondStatic);
        TrimHeadlineWords(d, _model.Gazetteer, labels);
        return ToEntities(document, labels);
    }

    // In a headline every word is capitalised: a word of a name that is usually written in lower case and is on
    // no name list ("Netanyahu Rejects", "World Cup After Beating Argentina") is not part of the name.
    private static void TrimHeadlineWords(NerDocument d, Gazetteer gazetteer, Span<int> labels)
    {
        // Title Case only: in wire-style CAPITALS headlines the model does better alone (CoNLL dev).
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside || (d.Flags[i] & NerDocument.TokenFlags.TitleSentence) == 0)
            {
                continue;
            }

            if (IsCommonWord(d, i) || IsHeadlineWord(d, gazetteer, i))
            {
                var type = NerLabels.TypeOf(labels[i]);
                labels[i] = NerLabels.Outside;
                if (i + 1 < labels.Length && labels[i + 1] == NerLabels.Inside(type))
                {
                    labels[i + 1] = NerLabels.Begin(type);
                }
            }
        }
    }

    // Most tokens of news are punctuation or lower-case words outside any name: after an O they start no name (a
    // name that begins in lower case, "al-Qaeda", has a hyphen or is on a list), so they skip the model. On CoNLL
    // dev this halves the work for 0.06 F1.
    private static bool IsPlainLowercase(NerDocument d, int i) =>
        (d.Flags[i] & NerDocument.TokenFlags.Punctuation) != 0
        || (d.Flags[i] & (NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.Lowercase | NerDocument.TokenFlags.HasDigit)) == NerDocument.TokenFlags.HasDigit
        || ((d.Flags[i] & (NerDocument.TokenFlags.Lowercase | NerDocument.TokenFlags.HasDigit)) == NerDocument.TokenFlags.Lowercase
            && (d.GazBegin[i] & ~Gazetteer.LowerCaseWord) == 0
            && d.Document.TokenChars(i).IndexOf('-') < 0);

    // "Rejects", "Guarantees": seen only in lower case in the training text and on no name list.
    private static bool IsHeadlineWord(NerDocument d, Gazetteer gazetteer, int i) =>
        d.GazBegin[i] == 0 && d.GazInside[i] == 0 && (gazetteer.Lookup(d.Lower(i)) & Gazetteer.HeadlineWord) != 0;

    private static bool IsCommonWord(NerDocument d, int i) =>
        d.GazBegin[i] == Gazetteer.LowerCaseWord && d.GazInside[i] == 0;

    // Greedy, left to right. The static features are looked up once for both passes: the second pass's share
    // of their weights is kept in secondStatic.
    internal static void DecodeFirst(NerDocument d, NerWeights weights, Span<int> labels, Span<int> secondStatic)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<int> scores = stackalloc int[NerLabels.Count];
        foreach (var sentence in d.Document.Sentences)
        {
            int y1 = NerFeatures.Start, y2 = NerFeatures.Start;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (y1 == NerLabels.Outside && IsPlainLowercase(d, i))
                {
                    labels[i] = NerLabels.Outside;
                    y2 = y1;
                    continue;
                }

                var n = NerFeatures.ExtractStatic(d, i, features);
                n += NerFeatures.ExtractHistory(d, i, y1, y2, features[n..]);
                scores.Clear();
                var second = secondStatic.Slice(i * NerLabels.Count, NerLabels.Count);
                weights.Score(features[..(n - NerFeatures.HistoryCount)], scores, second);
                weights.Score(features[(n - NerFeatures.HistoryCount)..n], scores, 0);
                labels[i] = Best<int>(scores, y1);
                y2 = y1;
                y1 = labels[i];
            }
        }
    }

    internal static void DecodeSecond(NerDocument d, NerWeights weights, Span<int> labels, ReadOnlySpan<int> secondStatic)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.FirstPassCount + NerFeatures.HistoryCount];
        Span<int> scores = stackalloc int[NerLabels.Count];
        foreach (var sentence in d.Document.Sentences)
        {
            int y1 = NerFeatures.Start, y2 = NerFeatures.Start;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (y1 == NerLabels.Outside && IsPlainLowercase(d, i))
                {
                    labels[i] = NerLabels.Outside;
                    y2 = y1;
                    continue;
                }

                var n = NerFeatures.ExtractFirstPass(d, i, features);
                n += NerFeatures.ExtractHistory(d, i, y1, y2, features[n..]);
                secondStatic.Slice(i * NerLabels.Count, NerLabels.Count).CopyTo(scores);
                weights.Score(features[..n], scores, 1);
                labels[i] = Best<int>(scores, y1);
                y2 = y1;
                y1 = labels[i];
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
