using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Web.Tests.Articles;

/// <summary>
/// Builds an article and a hand-made analysis of it (spans found by text, so a test reads like the article), and
/// stores both through the Data layer: page tests do not depend on what the engine finds today.
/// </summary>
public sealed class StoredArticle(string title, string body)
{
    private readonly List<Actor> _actors = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Figure> _figures = [];

    public string Body { get; } = body;

    public string? Source { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string Version { get; init; } = ArticleAnalyzer.Version;

    /// <summary>The span of the <paramref name="occurrence"/>-th (from 1) <paramref name="text"/> in the body.</summary>
    public Span Of(string text, int occurrence = 1)
    {
        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = Body.IndexOf(text, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' ({occurrence}) is not in the body");
        }

        return new Span(start, start + text.Length);
    }

    public StoredArticle Actor(string key, string name, ActorKind kind, params (string Text, MentionType Type, int Occurrence)[] mentions)
    {
        _actors.Add(new Actor(key, name, kind, mentions.Select(m => new Mention(Of(m.Text, m.Occurrence), m.Text, m.Type)).ToList()));
        return this;
    }

    public StoredArticle Claim(string key, string text, AttributionKind kind, double worthiness = 0.5,
        string? source = null, string? actorKey = null, string? cue = null)
    {
        var attribution = new Attribution(
            kind,
            source is null ? null : new AttributionSource(Of(source), source, actorKey),
            cue is null ? null : new Cue(Of(cue), cue));
        _claims.Add(new Claim(key, Of(text), text, worthiness, attribution));
        return this;
    }

    /// <summary>A claim whose span is given (an older engine may have cut it differently from its text).</summary>
    public StoredArticle ClaimAt(string key, Span span, string text, AttributionKind kind)
    {
        _claims.Add(new Claim(key, span, text, 0.5, new Attribution(kind, null, null)));
        return this;
    }

    public StoredArticle Figure(string key, string text, double value, string? unit, string? measure, string? claimKey = null, string? qualifier = null, int occurrence = 1)
    {
        _figures.Add(new Figure(key, Of(text, occurrence), text, value, unit, measure, qualifier, claimKey));
        return this;
    }

    public AnalysisResult Result() => new(Version, [new Span(0, Body.Length)], _actors, _figures, _claims);

    public async Task<long> SaveAsync(PostgresFixture database)
    {
        await using var db = database.CreateContext();
        var article = new Article
        {
            Title = title,
            Body = Body,
            SourceName = Source,
            PublishedAt = PublishedAt,
            ContentHash = ContentHash.Of(Body),
            ImportedAt = DateTimeOffset.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(article, Result());
        return article.Id;
    }
}
