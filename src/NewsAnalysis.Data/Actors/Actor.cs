using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Actors;

/// <summary>A person, organisation or place across articles: the registry each article's actors link to.</summary>
public class Actor
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>Lower-cased, whitespace-collapsed <see cref="Name"/>; unique per kind (<see cref="NormalizedActorName"/>).</summary>
    public required string NormalizedName { get; set; }

    /// <summary>
    /// Set when an editor merged this actor into another: every appearance is moved there, also after re-analysis;
    /// clearing it (a split) moves the appearances with this actor's name back.
    /// </summary>
    public long? MergedIntoId { get; set; }

    public Actor? MergedInto { get; set; }

    public List<ArticleActor> Appearances { get; set; } = [];
}
