using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Articles;
using Npgsql;
using NpgsqlTypes;

namespace NewsAnalysis.Data;

/// <summary>
/// Writes many articles' analysis rows (and the articles themselves when new) in a handful of round trips, whatever
/// their number: one statement pair for the actor registry, one for all the ids, then one binary COPY per table. Ids
/// come from the tables' own sequences beforehand, so mentions, claims and figures link to rows not yet written.
/// Runs inside the caller's transaction; COPY fires the statement trigger that keeps <c>articles.actor_names</c>.
/// </summary>
public sealed class AnalysisRowWriter(NewsDbContext db)
{
    /// <summary>
    /// Inserts the articles whose <see cref="Article.Id"/> is 0 (giving them their id, analysed at
    /// <paramref name="analysedAt"/>) and every article's analysis rows. Articles with an id must have no analysis
    /// rows left. Nothing is tracked by the context.
    /// </summary>
    public async Task WriteAsync(
        IReadOnlyList<(Article Article, AnalysisResult Result)> articles, DateTimeOffset analysedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Analysis rows are written inside the caller's transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var registry = await RegisterActorsAsync(connection, articles.SelectMany(a => a.Result.Actors), cancellationToken);

        var newArticles = articles.Where(a => a.Article.Id == 0).Select(a => a.Article).ToList();
        var actorCount = articles.Sum(a => a.Result.Actors.Count);
        var ids = await NextIdsAsync(
            connection,
            [
                ("articles", newArticles.Count),
                ("article_actors", actorCount),
                ("mentions", articles.Sum(a => a.Result.Actors.Sum(x => x.Mentions.Count))),
                ("claims", articles.Sum(a => a.Result.Claims.Count)),
                ("figures", articles.Sum(a => a.Result.Figures.Count)),
            ],
            cancellationToken);

        foreach (var (article, result) in articles.Where(a => a.Article.Id == 0))
        {
            article.Id = ids["articles"].Dequeue();
            article.AnalyzerVersion = result.Analyzer;
            article.AnalyzedAt = analysedAt;
        }

        // In content-hash order: two chunks in flight that hold the same text wait on each other in one order (the
        // second then fails on the unique hash and is retried as a duplicate), never in a cycle.
        await CopyArticlesAsync(connection, newArticles.OrderBy(a => a.ContentHash, StringComparer.Ordinal).ToList(), cancellationToken);

        // Per article: the engine's actor and claim keys ("a1", "c3") to the row ids they were given.
        var actorIds = new Dictionary<(long, string), long>(actorCount);
        var claimIds = new Dictionary<(long, string), long>();
        await CopyArticleActorsAsync(connection, articles, registry, ids["article_actors"], actorIds, cancellationToken);
        await CopyMentionsAsync(connection, articles, actorIds, ids["mentions"], cancellationToken);
        await CopyClaimsAsync(connection, articles, actorIds, ids["claims"], claimIds, cancellationToken);
        await CopyFiguresAsync(connection, articles, claimIds, ids["figures"], cancellationToken);
    }

    // Insert-if-missing so two workers naming the same actor never collide, committed at once on a connection of its
    // own: inside the caller's transaction, every other chunk naming a new actor would wait for that transaction to end
    // (and two chunks in flight would take turns). A registry actor outlives analyses anyway (re-analysis can drop every
    // appearance). A merged actor's appearances go to the one it was merged into.
    private static async Task<Dictionary<(ActorKind, string), long>> RegisterActorsAsync(
        NpgsqlConnection transactional, IEnumerable<Analysis.Actor> actors, CancellationToken cancellationToken)
    {
        // Sorted, so two chunks registering overlapping actors lock them in the same order.
        var wanted = actors
            .Select(a => (a.Kind, Key: NormalizedActorName.Of(a.Name), a.Name))
            .Where(a => a.Key.Length > 0)
            .DistinctBy(a => (a.Kind, a.Key))
            .OrderBy(a => a.Kind).ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        var ids = new Dictionary<(ActorKind, string), long>();
        if (wanted.Count == 0)
        {
            return ids;
        }

        var kinds = wanted.Select(a => SnakeCaseEnum.ToText(a.Kind)).ToArray();
        var keys = wanted.Select(a => a.Key).ToArray();
        var names = wanted.Select(a => a.Name).ToArray();
        await using var connection = (NpgsqlConnection)((ICloneable)transactional).Clone();
        await connection.OpenAsync(cancellationToken);
        // One round trip; the select is a statement of its own, so it sees what another worker committed meanwhile.
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(
                    """
                    INSERT INTO actors (kind, normalized_name, name)
                    SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
                    ON CONFLICT (kind, normalized_name) DO NOTHING
                    """)
                {
                    Parameters = { new() { Value = kinds }, new() { Value = keys }, new() { Value = names } },
                },
                new NpgsqlBatchCommand(
                    """
                    SELECT a.kind, a.normalized_name, coalesce(a.merged_into_id, a.id)
                    FROM actors a JOIN unnest($1::text[], $2::text[]) w(kind, normalized_name)
                      ON a.kind = w.kind AND a.normalized_name = w.normalized_name
                    """)
                {
                    Parameters = { new() { Value = kinds }, new() { Value = keys } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[(SnakeCaseEnum.Parse<ActorKind>(reader.GetString(0)), reader.GetString(1))] = reader.GetInt64(2);
        }

        return ids;
    }

    private static async Task<Dictionary<string, Queue<long>>> NextIdsAsync(
        NpgsqlConnection connection, IReadOnlyList<(string Table, int Count)> wanted, CancellationToken cancellationToken)
    {
        // One row, one array of fresh ids per table; the table names are ours, never input.
        var columns = wanted.Select((w, i) =>
            $"(SELECT coalesce(array_agg(nextval(s.id)), '{{}}') FROM generate_series(1, ${(i + 1).ToString(CultureInfo.InvariantCulture)}), "
            + $"(SELECT pg_get_serial_sequence('{w.Table}', 'id')::regclass AS id) s)");
        await using var command = new NpgsqlCommand("SELECT " + string.Join(", ", columns), connection);
        foreach (var (_, count) in wanted)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = count });
        }

        var ids = new Dictionary<string, Queue<long>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        for (var i = 0; i < wanted.Count; i++)
        {
            ids[wanted[i].Table] = new Queue<long>(reader.GetFieldValue<long[]>(i));
        }

        return ids;
    }

    private static async Task CopyArticlesAsync(NpgsqlConnection connection, List<Article> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY articles (id, title, body, source_name, source_url, published_at, content_hash, imported_at,
                           analyzer_version, analyzed_at, import_batch_id) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var article in articles)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(article.Id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(article.Title, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(article.Body, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNullAsync(copy, article.SourceName, NpgsqlDbType.Varchar, cancellationToken);
            await WriteOrNullAsync(copy, article.SourceUrl, NpgsqlDbType.Varchar, cancellationToken);
            await WriteOrNullAsync(copy, article.PublishedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(article.ContentHash, NpgsqlDbType.Char, cancellationToken);
            await copy.WriteAsync(article.ImportedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteOrNullAsync(copy, article.AnalyzerVersion, NpgsqlDbType.Varchar, cancellationToken);
            await WriteOrNullAsync(copy, article.AnalyzedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteOrNullAsync(copy, article.ImportBatchId, NpgsqlDbType.Bigint, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyArticleActorsAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(Article Article, AnalysisResult Result)> articles,
        Dictionary<(ActorKind, string), long> registry,
        Queue<long> ids,
        Dictionary<(long, string), long> actorIds,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY article_actors (id, article_id, key, name, kind, actor_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (article, result) in articles)
        {
            foreach (var actor in result.Actors)
            {
                var id = ids.Dequeue();
                actorIds[(article.Id, actor.Id)] = id;
                long? registered = registry.TryGetValue((actor.Kind, NormalizedActorName.Of(actor.Name)), out var found) ? found : null;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(article.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(actor.Id, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(actor.Name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(SnakeCaseEnum.ToText(actor.Kind), NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, registered, NpgsqlDbType.Bigint, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyMentionsAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(Article Article, AnalysisResult Result)> articles,
        Dictionary<(long, string), long> actorIds,
        Queue<long> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY mentions (id, article_actor_id, span_start, span_end, text, type) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (article, result) in articles)
        {
            foreach (var actor in result.Actors)
            {
                var actorId = actorIds[(article.Id, actor.Id)];
                foreach (var mention in actor.Mentions)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(ids.Dequeue(), NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(actorId, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(mention.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(mention.Span.End, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(mention.Text, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(SnakeCaseEnum.ToText(mention.Type), NpgsqlDbType.Varchar, cancellationToken);
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyClaimsAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(Article Article, AnalysisResult Result)> articles,
        Dictionary<(long, string), long> actorIds,
        Queue<long> ids,
        Dictionary<(long, string), long> claimIds,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY claims (id, article_id, key, span_start, span_end, text, check_worthiness, attribution_kind,
                         source_start, source_end, source_text, source_actor_key, source_actor_id, cue_start, cue_end, cue_text)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var (article, result) in articles)
        {
            foreach (var claim in result.Claims)
            {
                var id = ids.Dequeue();
                claimIds[(article.Id, claim.Id)] = id;
                var source = claim.Attribution.Source;
                var cue = claim.Attribution.Cue;
                long? sourceActorId = source?.ActorId is { } key && actorIds.TryGetValue((article.Id, key), out var found) ? found : null;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(article.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(claim.Id, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(claim.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(claim.Span.End, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(claim.Text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(claim.CheckWorthiness, NpgsqlDbType.Double, cancellationToken);
                await copy.WriteAsync(SnakeCaseEnum.ToText(claim.Attribution.Kind), NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, source?.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                await WriteOrNullAsync(copy, source?.Span.End, NpgsqlDbType.Integer, cancellationToken);
                await WriteOrNullAsync(copy, source?.Text, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, source?.ActorId, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, sourceActorId, NpgsqlDbType.Bigint, cancellationToken);
                await WriteOrNullAsync(copy, cue?.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                await WriteOrNullAsync(copy, cue?.Span.End, NpgsqlDbType.Integer, cancellationToken);
                await WriteOrNullAsync(copy, cue?.Text, NpgsqlDbType.Varchar, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyFiguresAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(Article Article, AnalysisResult Result)> articles,
        Dictionary<(long, string), long> claimIds,
        Queue<long> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY figures (id, article_id, key, span_start, span_end, text, value, unit, measure, qualifier, claim_key, claim_id)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var (article, result) in articles)
        {
            foreach (var figure in result.Figures)
            {
                long? claimId = figure.ClaimId is { } key && claimIds.TryGetValue((article.Id, key), out var found) ? found : null;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(ids.Dequeue(), NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(article.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(figure.Id, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(figure.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(figure.Span.End, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(figure.Text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(figure.Value, NpgsqlDbType.Double, cancellationToken);
                await WriteOrNullAsync(copy, figure.Unit, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, figure.Measure, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, figure.Qualifier, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, figure.ClaimId, NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(copy, claimId, NpgsqlDbType.Bigint, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? copy.WriteAsync(present, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);
}
