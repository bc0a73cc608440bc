using System.Globalization;
using System.Text;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Bench.Pages;

/// <summary>
/// A long article with a dense analysis: every sentence is "Name said content with a number.", so each has a claim,
/// a figure and a mention (about as dense as real analyses get), stored through the Data layer.
/// </summary>
public static class LongArticle
{
    public static async Task<long> SaveAsync(PostgresFixture database, SyntheticNewsroom words, int wordCount)
    {
        var names = Enumerable.Range(0, 30).Select(i => "Minister " + Capital(words.Words[300 + i])).ToArray();
        var body = new StringBuilder();
        var actors = names.Select(_ => new List<Mention>()).ToArray();
        var claims = new List<Claim>();
        var figures = new List<Figure>();
        var count = 0;
        for (var s = 0; count < wordCount; s++)
        {
            var who = s % names.Length;
            var name = names[who];
            actors[who].Add(new Mention(new Span(body.Length, body.Length + name.Length), name, MentionType.Name));
            body.Append(name).Append(' ');
            var cue = new Span(body.Length, body.Length + 4);
            body.Append("said ");
            var contentStart = body.Length;
            var content = words.Sentence(12).TrimEnd('.');
            body.Append(content).Append(' ');
            var number = (1000 + (s * 37 % 9000)).ToString(CultureInfo.InvariantCulture);
            var figureSpan = new Span(body.Length, body.Length + number.Length + 7);
            body.Append(number).Append(" victims");
            var contentSpan = new Span(contentStart, body.Length);
            body.Append(s % 5 == 4 ? ".\n\n" : ". ");
            var key = "c" + (s + 1).ToString(CultureInfo.InvariantCulture);
            var actorKey = "a" + (who + 1).ToString(CultureInfo.InvariantCulture);
            claims.Add(new Claim(key, contentSpan, contentSpan.Of(body.ToString()), 0.5,
                new Attribution(AttributionKind.Indirect, new AttributionSource(actors[who][^1].Span, name, actorKey), new Cue(cue, "said"))));
            figures.Add(new Figure("f" + (s + 1).ToString(CultureInfo.InvariantCulture), figureSpan, figureSpan.Of(body.ToString()),
                double.Parse(number, CultureInfo.InvariantCulture), null, "victims", null, key));
            count += 16;
        }

        var text = body.ToString();
        var result = new AnalysisResult(
            ArticleAnalyzer.Version, [new Span(0, text.Length)],
            names.Select((n, i) => new Actor("a" + (i + 1).ToString(CultureInfo.InvariantCulture), n, ActorKind.Person, actors[i])).ToList(),
            figures, claims);
        await using var db = database.CreateContext();
        var article = new Article
        {
            Title = "A long article of " + wordCount.ToString(CultureInfo.InvariantCulture) + " words",
            Body = text,
            ContentHash = ContentHash.Of(text),
            ImportedAt = DateTimeOffset.UtcNow,
            PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await new ArticleAnalysisStore(db, TimeProvider.System).SaveAsync(article, result);
        return article.Id;
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
