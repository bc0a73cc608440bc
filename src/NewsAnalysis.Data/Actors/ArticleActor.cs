using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Articles;

namespace NewsAnalysis.Data.Actors;

/// <summary>An actor as one analysis of one article found it ("a1"), with its mentions in that article.</summary>
public class ArticleActor
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The engine's id within the article: "a1", "a2", ...</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>The cross-article registry entry; null when the actor was not linked.</summary>
    public long? ActorId { get; set; }

    public Actor? Actor { get; set; }

    public List<Mention> Mentions { get; set; } = [];
}
