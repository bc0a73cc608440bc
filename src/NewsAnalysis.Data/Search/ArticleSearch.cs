using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Data.Search;

/// <summary>
/// The article list and search, newest first: PostgreSQL full text (websearch_to_tsquery) over titles and bodies
/// (articles.search_vector, which holds every claim's text too) and the names of their actors (articles.actor_names),
/// plus filters; counts and flag states for the page come from grouped SQL aggregates.
/// </summary>
public sealed partial class ArticleSearch(NewsDbContext db)
{
    public const int PageSize = 20;
    private const int PlainSnippetLength = 240;

    /// <summary>Page <paramref name="page"/> (from 1) of the matching articles; one more is looked at to know if there is a next page.</summary>
    public async Task<ArticlePage> FindAsync(ArticleFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(1, page);
        // Pairs of a quoted phrase imply a phrase operator, so the second small query is needed only without them.
        var pairs = filter.HasQuery ? await PhrasePairsAsync(filter.Query!.Trim(), cancellationToken) : null;
        var phrase = pairs is not null || (filter.HasQuery && await HasPhraseAsync(filter.Query!.Trim(), cancellationToken));
        var rows = await Ordered(Filtered(filter, phrase, pairs))
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(Project(filter))
            .ToListAsync(cancellationToken);
        var hits = rows.Take(PageSize).Select(r => new ArticleHit(
            r.Id, r.Title, r.SourceName, r.PublishedAt, r.ImportedAt, r.AnalyzerVersion,
            r.TitleHeadline is null ? Snippet.Plain(r.Title) : Snippet.FromHeadline(r.TitleHeadline),
            r.BodyHeadline is null ? Snippet.Plain(r.Body) : Snippet.FromHeadline(r.BodyHeadline))).ToList();
        await AddCountsAsync(hits, cancellationToken);
        return new ArticlePage(hits, page, rows.Count > PageSize);
    }

    /// <summary>The source names to filter by, most used first.</summary>
    public Task<List<string>> SourcesAsync(CancellationToken cancellationToken = default) =>
        db.Articles
            .Where(a => a.SourceName != null)
            .GroupBy(a => a.SourceName!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .Take(200)
            .ToListAsync(cancellationToken);

    // A phrase ("prime minister", or a hyphenated word) has positions to check, which the GIN index cannot do, and
    // PostgreSQL's estimate of how many articles hold it is far too high: it walks the newest-first index checking each
    // article's whole vector and finds a rare phrase only after tens of thousands of them (0.5-2 s at 100,000 articles).
    private async Task<bool> HasPhraseAsync(string words, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<bool>($"SELECT websearch_to_tsquery('english', {words})::text LIKE '%<%>%' AS \"Value\"")
            .SingleAsync(cancellationToken);

    // The adjacent-word pairs every quoted phrase of the query needs ('prime minist' & ...), as a tsquery over
    // articles.phrase_vector (migration PhraseBigrams); null when the query has none to require: no quoted phrase, an
    // excluded one (-"..."), or alternatives ("or"), where requiring pairs could drop a match.
    private async Task<string?> PhrasePairsAsync(string words, CancellationToken cancellationToken)
    {
        if (AlternativeWord().IsMatch(words))
        {
            return null;
        }

        var phrases = QuotedPhrase().Matches(words)
            .Where(m => m.Index == 0 || words[m.Index - 1] != '-')
            .Select(m => m.Groups[1].Value)
            .ToArray();
        if (phrases.Length == 0)
        {
            return null;
        }

        return await db.Database
            .SqlQuery<string?>(
                $"""
                SELECT string_agg('''' || replace(replace(pair.lexeme, E'\\', E'\\\\'), '''', '''''') || '''', ' & ') AS "Value"
                FROM unnest({phrases}::text[]) AS phrase(text), unnest(na_bigrams(to_tsvector('english', phrase.text))) AS pair
                """)
            .SingleAsync(cancellationToken);
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedPhrase();

    [GeneratedRegex(@"(^|\s)or(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeWord();

    private IQueryable<Article> Filtered(ArticleFilter filter, bool phrase, string? pairs)
    {
        IQueryable<Article> articles;
        if (filter.HasQuery && pairs is not null)
        {
            var words = filter.Query!.Trim();
            // The phrase index narrows to the articles holding every word pair of the phrases; the phrase condition
            // then checks positions on those few (actor names have no pairs: they are matched as before).
            articles = db.Articles.FromSql(
                $"""
                SELECT * FROM articles
                WHERE id IN (SELECT id FROM articles
                             WHERE (phrase_vector @@ {pairs}::tsquery AND search_vector @@ websearch_to_tsquery('english', {words}))
                                OR actor_names @@ websearch_to_tsquery('english', {words})
                             OFFSET 0)
                """).AsNoTracking();
        }
        else if (filter.HasQuery && phrase)
        {
            var words = filter.Query!.Trim();
            // The matches first, from the GIN indexes (OFFSET 0 keeps the subquery whole), then newest first.
            articles = db.Articles.FromSql(
                $"""
                SELECT * FROM articles
                WHERE id IN (SELECT id FROM articles
                             WHERE search_vector @@ websearch_to_tsquery('english', {words})
                                OR actor_names @@ websearch_to_tsquery('english', {words})
                             OFFSET 0)
                """).AsNoTracking();
        }
        else if (filter.HasQuery)
        {
            var words = filter.Query!.Trim();
            // One condition on articles (two GIN indexes, or a newest-first index walk when the words are common).
            // Claims are spans of the body, so matching the body matches them; actor_names holds the actors' full names.
            articles = db.Articles.FromSql(
                $"""
                SELECT * FROM articles
                WHERE search_vector @@ websearch_to_tsquery('english', {words})
                   OR actor_names @@ websearch_to_tsquery('english', {words})
                """).AsNoTracking();
        }
        else
        {
            articles = db.Articles.AsNoTracking();
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            articles = articles.Where(a => a.SourceName == filter.Source);
        }

        // The same bounds on the sort key (equal to published_at once that is set) let the newest-first index walk
        // start at the end of the range and stop at its start, instead of skipping every newer article.
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            articles = articles.Where(a => a.PublishedAt >= start && (a.PublishedAt ?? a.ImportedAt) >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            articles = articles.Where(a => a.PublishedAt < end && (a.PublishedAt ?? a.ImportedAt) < end);
        }

        if (filter.ActorId is { } actorId)
        {
            articles = articles.Where(a => a.Actors.Any(x => x.ActorId == actorId));
        }

        if (filter.Kind is { } kind)
        {
            articles = articles.Where(a => a.Claims.Any(c => c.AttributionKind == kind));
        }

        return filter.Flag switch
        {
            FlagFilter.Flagged => articles.Where(a => a.Claims.Any(c => c.FlagStatus != null)),
            FlagFilter.Unflagged => articles.Where(a => !a.Claims.Any(c => c.FlagStatus != null)),
            FlagFilter.Status when filter.FlagStatus is { } status => articles.Where(a => a.Claims.Any(c => c.FlagStatus == status)),
            FlagFilter.Orphaned => articles.Where(a => db.Flags.Any(f => f.ArticleId == a.Id && f.ClaimId == null)),
            _ => articles,
        };
    }

    // Matches the expression index ix_articles_newest: (coalesce(published_at, imported_at) DESC, id DESC).
    private static IQueryable<Article> Ordered(IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt ?? a.ImportedAt).ThenByDescending(a => a.Id);

    private static System.Linq.Expressions.Expression<Func<Article, Row>> Project(ArticleFilter filter)
    {
        if (!filter.HasQuery)
        {
            return a => new Row(a.Id, a.Title, a.SourceName, a.PublishedAt, a.ImportedAt, a.AnalyzerVersion,
                a.Body.Substring(0, PlainSnippetLength), null, null);
        }

        var words = filter.Query!.Trim();
        return a => new Row(a.Id, a.Title, a.SourceName, a.PublishedAt, a.ImportedAt, a.AnalyzerVersion, "",
            EF.Functions.WebSearchToTsQuery("english", words).GetResultHeadline(a.Title, "HighlightAll=true, StartSel=\uE000, StopSel=\uE001"),
            EF.Functions.WebSearchToTsQuery("english", words).GetResultHeadline(a.Body, Snippet.HeadlineOptions));
    }

    private async Task AddCountsAsync(List<ArticleHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return;
        }

        var byId = hits.ToDictionary(h => h.Id);
        var ids = byId.Keys.ToArray();
        var claims = await db.Claims
            .Where(c => ids.Contains(c.ArticleId))
            .GroupBy(c => new { c.ArticleId, c.FlagStatus })
            .Select(g => new { g.Key.ArticleId, g.Key.FlagStatus, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in claims)
        {
            var hit = byId[group.ArticleId];
            hit.Claims += group.Count;
            if (group.FlagStatus is { } status)
            {
                hit.FlagStates[status] = group.Count;
            }
        }

        var figures = await db.Figures.Where(f => ids.Contains(f.ArticleId))
            .GroupBy(f => f.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        figures.ForEach(g => byId[g.ArticleId].Figures = g.Count);
        var actors = await db.ArticleActors.Where(a => ids.Contains(a.ArticleId))
            .GroupBy(a => a.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        actors.ForEach(g => byId[g.ArticleId].Actors = g.Count);
        var orphaned = await db.Flags.Where(f => ids.Contains(f.ArticleId) && f.ClaimId == null)
            .GroupBy(f => f.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        orphaned.ForEach(g => byId[g.ArticleId].OrphanedFlags = g.Count);
    }

    private sealed record Row(
        long Id, string Title, string? SourceName, DateTimeOffset? PublishedAt, DateTimeOffset ImportedAt,
        string? AnalyzerVersion, string Body, string? TitleHeadline, string? BodyHeadline);
}

public sealed record ArticlePage(IReadOnlyList<ArticleHit> Articles, int Page, bool HasNext)
{
    public bool HasPrevious => Page > 1;
}
