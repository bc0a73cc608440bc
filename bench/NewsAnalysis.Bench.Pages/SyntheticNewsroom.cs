using System.Globalization;
using System.Text;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Articles;
using Npgsql;
using NpgsqlTypes;

namespace NewsAnalysis.Bench.Pages;

/// <summary>
/// A deterministic synthetic newsroom: made-up words with a Zipf-like spread (no corpus text), sources, two years of
/// dates; each article gets three claims (cut from its body), three actors from a registry, and a few flags.
/// </summary>
public sealed class SyntheticNewsroom(int seed = 42)
{
    private static readonly string[] Syllables =
        ["ba", "ro", "ten", "ka", "li", "mor", "sa", "vel", "du", "ne", "tra", "po", "gan", "ri", "zo", "mi", "lun", "cha", "de", "fo"];

    private readonly Random _random = new(seed);
    private readonly string[] _words = MakeWords(6000);

    public IReadOnlyList<string> Words => _words;

    private static string[] MakeWords(int count)
    {
        var words = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; words.Count < count; i++)
        {
            var builder = new StringBuilder();
            var n = i;
            do
            {
                builder.Append(Syllables[n % Syllables.Length]);
                n /= Syllables.Length;
            }
            while (n > 0);
            if (builder.Length >= 4 && seen.Add(builder.ToString()))
            {
                words.Add(builder.ToString());
            }
        }

        return [.. words];
    }

    // Low indexes are far more common, as in real text.
    public string Word() => _words[(int)(_words.Length * Math.Pow(_random.NextDouble(), 3))];

    public string Sentence(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var word = Word();
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return builder.Append('.').ToString();
    }

    public async Task FillAsync(string connectionString, int articles, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY articles (title, body, source_name, published_at, content_hash, imported_at, analyzer_version, analyzed_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < articles; i++)
            {
                var body = new StringBuilder();
                var sentences = _random.Next(8, 16);
                for (var s = 0; s < sentences; s++)
                {
                    body.Append(Sentence(_random.Next(8, 20))).Append(s % 4 == 3 ? "\n\n" : " ");
                }

                var text = body.ToString().Trim() + " #" + i.ToString(CultureInfo.InvariantCulture);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Sentence(_random.Next(5, 10)).TrimEnd('.'), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("Source " + (i % 20).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(start.AddMinutes(_random.Next(0, 2 * 365 * 24 * 60)), NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(ContentHash.Of(text), NpgsqlDbType.Char, cancellationToken);
                await writer.WriteAsync(start, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(ArticleAnalyzer.Version, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(start, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY actors (name, kind, normalized_name) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < 3000; i++)
            {
                var first = _words[_random.Next(200, 2000)];
                var last = _words[_random.Next(2000, 6000)];
                var name = char.ToUpperInvariant(first[0]) + first[1..] + " " + char.ToUpperInvariant(last[0]) + last[1..] + " " + i.ToString(CultureInfo.InvariantCulture);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(name, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(i % 3 == 0 ? "organization" : "person", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(name.ToLowerInvariant(), NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        foreach (var sql in new[]
        {
            """
            INSERT INTO article_actors (article_id, key, name, kind, actor_id)
            SELECT a.id, 'a' || k, r.name, r.kind, r.id
            FROM articles a CROSS JOIN generate_series(1, 3) k
            JOIN actors r ON r.id = (SELECT min(id) FROM actors) + ((a.id * 7919 + k * 104729) % 3000)
            """,
            """
            INSERT INTO claims (article_id, key, span_start, span_end, text, check_worthiness, attribution_kind, source_actor_id, flag_status, flagged_at)
            SELECT a.id, 'c' || k, (k - 1) * 60, (k - 1) * 60 + 50, substr(a.body, (k - 1) * 60 + 1, 50),
                   ((a.id * k) % 100) / 100.0,
                   (ARRAY['direct', 'indirect', 'mixed', 'vague', 'unattributed'])[1 + ((a.id + k) % 5)],
                   (SELECT x.id FROM article_actors x WHERE x.article_id = a.id AND x.key = 'a' || k),
                   CASE WHEN (a.id + k) % 40 = 0 THEN 'needs_checking' WHEN (a.id + k) % 97 = 0 THEN 'disputed' END,
                   CASE WHEN (a.id + k) % 40 = 0 OR (a.id + k) % 97 = 0 THEN a.published_at END
            FROM articles a CROSS JOIN generate_series(1, 3) k
            """,
            "VACUUM ANALYZE",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
