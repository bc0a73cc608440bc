using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Figures;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis;

/// <summary>
/// The engine: Tokenize → Sentences → Entities → Actors → Figures → Claims. Immutable once built, so one instance
/// serves every thread.
/// </summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Bumped whenever output for the same text can change; stored with every analysis.</summary>
    public const string Version = "newsanalysis/0.22.0";

    private static readonly Lazy<ArticleAnalyzer> DefaultInstance = new(() =>
    {
        var entities = EntityRecognizer.LoadDefault();
        return new ArticleAnalyzer(entities, new ActorResolver(entities), new FigureExtractor(), new ClaimExtractor());
    });

    private readonly EntityRecognizer _entities;
    private readonly ActorResolver _actors;
    private readonly FigureExtractor _figures;
    private readonly ClaimExtractor _claims;

    public ArticleAnalyzer(EntityRecognizer entities, ActorResolver actors, FigureExtractor figures, ClaimExtractor claims)
    {
        _entities = entities;
        _actors = actors;
        _figures = figures;
        _claims = claims;
    }

    /// <summary>The analyzer with the models shipped in this assembly.</summary>
    public static ArticleAnalyzer Default => DefaultInstance.Value;

    public AnalysisResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = TextDocument.Parse(text);
        var entities = _entities.Recognize(document);
        var actors = _actors.Resolve(document, entities);
        var figures = _figures.Extract(document);
        var claims = _claims.Extract(document, actors);
        return new AnalysisResult(
            Version,
            document.Sentences.Select(s => s.Span).ToList(),
            actors,
            LinkToClaims(figures, claims),
            claims);
    }

    // A figure belongs to the narrowest claim whose span holds it. A sweep in text order keeps this linear.
    private static List<Figure> LinkToClaims(IReadOnlyList<Figure> figures, IReadOnlyList<Claim> claims)
    {
        var byStart = claims.OrderBy(c => c.Span.Start).ToList();
        var open = new List<Claim>();
        var next = 0;
        var linked = new List<Figure>(figures.Count);
        foreach (var figure in figures.OrderBy(f => f.Span.Start))
        {
            while (next < byStart.Count && byStart[next].Span.Start <= figure.Span.Start)
            {
                open.Add(byStart[next++]);
            }

            open.RemoveAll(c => c.Span.End <= figure.Span.Start);
            Claim? owner = null;
            foreach (var claim in open)
            {
                if (claim.Span.Contains(figure.Span) && (owner is null || claim.Span.Length < owner.Span.Length))
                {
                    owner = claim;
                }
            }

            linked.Add(figure with { ClaimId = owner?.Id });
        }

        return linked;
    }
}
