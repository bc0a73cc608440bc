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
        var ordered = drafts
            .Select(d => (Draft: d, First: Math.Min(d.Names.Min(n => n.Span.Start), d.Others.Count == 0 ? int.MaxValue : d.Others.Min(m => m.Span.Start))))
            .OrderBy(x => x.First)
            .ToList();
        var actors = new List<Actor>(ordered.Count);
        foreach (var (draft, _) in ordered)
        {
            var id = "a" + (actors.Count + 1).ToString(CultureInfo.InvariantCulture);
            var mentions = draft.Names
                .Select(n => new Mention(n.Span, n.Span.Of(document.Text), MentionType.Name))
                .Concat(draft.Others)
                .OrderBy(m => m.Span.Start)
                .ThenBy(m => m.Span.End)
                .ToList();
            actors.Add(new Actor(id, draft.Longest.Span.Of(document.Text), draft.Kind, mentions));
        }

        return actors;
    }
}
