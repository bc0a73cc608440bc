using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Actors;

/// <summary>One place in the article body where an actor is named, referred to by pronoun, or described.</summary>
public class Mention
{
    public long Id { get; set; }

    public long ArticleActorId { get; set; }

    public ArticleActor ArticleActor { get; set; } = null!;

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public MentionType Type { get; set; }

    public Span Span => new(Start, End);
}
