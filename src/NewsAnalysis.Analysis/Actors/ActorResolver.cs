using System.Globalization;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>Groups name mentions into actors and links pronouns and nominals to them.</summary>
public sealed class ActorResolver
{
    // Placeholder: one actor per distinct surface form.
    public IReadOnlyList<Actor> Resolve(TextDocument document, IReadOnlyList<NamedEntity> entities)
    {
        var actors = new List<Actor>();
        foreach (var group in entities.GroupBy(e => (e.Span.Of(document.Text), e.Kind)))
        {
            var id = "a" + (actors.Count + 1).ToString(CultureInfo.InvariantCulture);
            var mentions = group.Select(e => new Mention(e.Span, e.Span.Of(document.Text), MentionType.Name)).ToList();
            actors.Add(new Actor(id, group.Key.Item1, group.Key.Kind, mentions));
        }

        return actors;
    }
}
