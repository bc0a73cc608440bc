using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Text;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using DataClaim = NewsAnalysis.Data.Claims.Claim;

namespace NewsAnalysis.Web.Exports;

/// <summary>
/// An article with its analysis as stored (editors' corrections included), in the engine's contract types so every
/// export writes the same thing the engine would; the stored claim rows come along for flag statuses and ids.
/// </summary>
public sealed record StoredAnalysis(Article Article, AnalysisResult Result, IReadOnlyList<DataClaim> Claims)
{
    public static async Task<StoredAnalysis?> LoadAsync(NewsDbContext db, long articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var actors = await db.ArticleActors.AsNoTracking().Include(a => a.Mentions)
            .Where(a => a.ArticleId == articleId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var claims = await db.Claims.AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.Start).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking().Where(f => f.ArticleId == articleId).OrderBy(f => f.Start).ToListAsync(cancellationToken);

        // Sentences are not stored: the splitter is deterministic, so they are found again from the same text.
        var sentences = TextDocument.Parse(article.Body).Sentences.Select(s => s.Span).ToList();
        var result = new AnalysisResult(
            article.AnalyzerVersion ?? ArticleAnalyzer.Version,
            sentences,
            actors.Select(a => new Actor(a.Key, a.Name, a.Kind, a.Mentions.OrderBy(m => m.Start).Select(m => new Mention(m.Span, m.Text, m.Type)).ToList())).ToList(),
            figures.Select(f => new Figure(f.Key, f.Span, f.Text, f.Value, f.Unit, f.Measure, f.Qualifier, f.ClaimKey)).ToList(),
            claims.Select(c => new Claim(
                c.Key,
                c.Span,
                c.Text,
                c.CheckWorthiness,
                new Attribution(
                    c.AttributionKind,
                    c.SourceText is null ? null : new AttributionSource(c.SourceSpan ?? default, c.SourceText, c.SourceActorKey),
                    c.CueText is null || c.CueSpan is null ? null : new Cue(c.CueSpan.Value, c.CueText)))).ToList());
        return new StoredAnalysis(article, result, claims);
    }
}
