using System.Globalization;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Groups name mentions into actors ("Benjamin Netanyahu", "Netanyahu", "Netanyahu's" → one person; "United
/// Nations" / "UN" → one organisation), then links pronouns and nominals ("he", "the prime minister") to them.
/// Deterministic: ids a1, a2, ... in order of first mention; mentions sorted by offset.
/// </summary>
public sealed class ActorResolver
{
    private readonly NameCleaner _cleaner;
    private readonly NameCompletion _completion;
    private readonly OneWordNames _oneWordNames;
    private readonly KindVote _kindVote;
    private readonly ActorMerger _merger;

    public ActorResolver()
        : this(Gazetteer.Empty)
    {
    }

    /// <summary>Uses the recogniser's name lists for demonyms, countries and the gender of given names.</summary>
    public ActorResolver(EntityRecognizer recognizer)
        : this(recognizer?.Model?.Gazetteer ?? Gazetteer.Empty)
    {
    }

    internal ActorResolver(Gazetteer gazetteer)
    {
        var evidence = new KindEvidence(gazetteer);
        _cleaner = new NameCleaner(evidence);
        _completion = new NameCompletion(gazetteer);
        _oneWordNames = new OneWordNames(gazetteer);
        _kindVote = new KindVote(evidence);
        _merger = new ActorMerger(gazetteer);
    }

    public IReadOnlyList<Actor> Resolve(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);

        // Each step reads the names the one before left: a name completed or retyped here is what the repeats
        // search for, and what the vote counts.
        var names = _cleaner.Clean(document, entities);
        _completion.Complete(document, names);
        _oneWordNames.Retype(document, names);
        names = NameRepeats.AddMissed(document, names);
        _kindVote.Apply(document, names);

        var (drafts, owner) = _merger.Merge(document, names);
        new Coreference(document, drafts, owner).Link();
        return Build(document, drafts);
    }

    private static List<Actor> Build(TextDocument document, List<ActorDraft> drafts)
    {
        // Ordered by first mention, a tie in draft order: a sort keyed by (first, index) is the stable sort the
        // order needs, without LINQ's buffers.
        var order = new (int First, int Index)[drafts.Count];
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var first = int.MaxValue;
            foreach (var n in draft.Names)
            {
                first = Math.Min(first, n.Span.Start);
            }

            foreach (var m in draft.Others)
            {
                first = Math.Min(first, m.Span.Start);
            }

            order[d] = (first, d);
        }

        Array.Sort(order);
        var actors = new List<Actor>(order.Length);
        var text = document.Text;
        var buffer = new List<(Mention Mention, int Index)>();
        foreach (var (_, index) in order)
        {
            var draft = drafts[index];
            var id = "a" + (actors.Count + 1).ToString(CultureInfo.InvariantCulture);
            actors.Add(new Actor(id, draft.Longest.Span.Of(text), draft.Kind, Mentions(draft, text, buffer)));
        }

        return actors;
    }

    // The draft's names, then its other mentions, by start then end; equal spans keep that order.
    private static List<Mention> Mentions(ActorDraft draft, string text, List<(Mention Mention, int Index)> buffer)
    {
        buffer.Clear();
        foreach (var n in draft.Names)
        {
            buffer.Add((new Mention(n.Span, n.Span.Of(text), MentionType.Name), buffer.Count));
        }

        foreach (var m in draft.Others)
        {
            buffer.Add((m, buffer.Count));
        }

        buffer.Sort(static (a, b) =>
        {
            var c = a.Mention.Span.Start.CompareTo(b.Mention.Span.Start);
            if (c == 0)
            {
                c = a.Mention.Span.End.CompareTo(b.Mention.Span.End);
            }

            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var mentions = new List<Mention>(buffer.Count);
        foreach (var (mention, _) in buffer)
        {
            mentions.Add(mention);
        }

        return mentions;
    }
}
