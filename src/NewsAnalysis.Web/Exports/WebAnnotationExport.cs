using System.Globalization;
using System.Text.Json;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Json;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Web.Exports;

/// <summary>
/// The analysis as a W3C Web Annotation collection (JSON-LD): every claim, figure and actor mention is an annotation
/// whose target has a TextQuoteSelector (exact text with prefix and suffix) and a TextPositionSelector. The model counts
/// positions in Unicode code points, so the engine's UTF-16 offsets are converted.
/// </summary>
public static class WebAnnotationExport
{
    public const string ContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    private const int Context = 32;

    public static void Write(Utf8JsonWriter w, StoredAnalysis stored, string articleUrl)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(stored);
        var body = stored.Article.Body;
        var result = stored.Result;
        w.WriteStartObject();
        w.WriteString("@context", "http://www.w3.org/ns/anno.jsonld");
        w.WriteString("id", articleUrl + "/annotations");
        w.WriteString("type", "AnnotationCollection");
        w.WriteString("label", stored.Article.Title);
        var total = result.Claims.Count + result.Figures.Count + result.Actors.Sum(a => a.Mentions.Count);
        w.WriteNumber("total", total);
        w.WriteStartObject("first");
        w.WriteString("id", articleUrl + "/annotations/page1");
        w.WriteString("type", "AnnotationPage");
        w.WriteStartArray("items");
        foreach (var claim in result.Claims)
        {
            var stored1 = stored.Claims.FirstOrDefault(c => c.Key == claim.Id);
            Annotation(w, articleUrl, $"claim/{claim.Id}", "assessing", body, claim.Span, bodies =>
            {
                Tag(bodies, "claim");
                Text(bodies, "describing", $"attribution: {AnalysisJson.KindName(claim.Attribution.Kind)}" + (claim.Attribution.Source is { } s ? $"; source: {s.Text}" : string.Empty));
                Text(bodies, "describing", "check-worthiness: " + claim.CheckWorthiness.ToString("0.00", CultureInfo.InvariantCulture));
                if (stored1?.FlagStatus is { } status)
                {
                    Text(bodies, "assessing", "flag: " + Claims.FlagStatusText.Label(status));
                }
            });
        }

        foreach (var figure in result.Figures)
        {
            Annotation(w, articleUrl, $"figure/{figure.Id}", "identifying", body, figure.Span, bodies =>
            {
                Tag(bodies, "figure");
                var value = double.IsFinite(figure.Value) ? figure.Value.ToString("R", CultureInfo.InvariantCulture) : "?";
                Text(bodies, "describing", $"value: {value}" + (figure.Unit is null ? string.Empty : " " + figure.Unit) + (figure.Measure is null ? string.Empty : $" ({figure.Measure})"));
            });
        }

        foreach (var actor in result.Actors)
        {
            var index = 0;
            foreach (var mention in actor.Mentions)
            {
                Annotation(w, articleUrl, $"actor/{actor.Id}/mention/{++index}", "identifying", body, mention.Span, bodies =>
                {
                    Tag(bodies, AnalysisJson.KindName(actor.Kind));
                    Text(bodies, "identifying", actor.Name);
                });
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Annotation(Utf8JsonWriter w, string articleUrl, string id, string motivation, string body, Span span, Action<Utf8JsonWriter> bodies)
    {
        w.WriteStartObject();
        w.WriteString("id", $"{articleUrl}/annotations/{id}");
        w.WriteString("type", "Annotation");
        w.WriteString("motivation", motivation);
        w.WriteStartArray("body");
        bodies(w);
        w.WriteEndArray();
        w.WriteStartObject("target");
        w.WriteString("source", articleUrl);
        w.WriteStartArray("selector");
        w.WriteStartObject();
        w.WriteString("type", "TextQuoteSelector");
        w.WriteString("exact", span.Of(body));
        w.WriteString("prefix", body[SafeStart(body, span.Start - Context)..span.Start]);
        w.WriteString("suffix", body[span.End..SafeEnd(body, span.End + Context)]);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "TextPositionSelector");
        w.WriteNumber("start", CodePoints.Before(body, span.Start));
        w.WriteNumber("end", CodePoints.Before(body, span.End));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Tag(Utf8JsonWriter w, string value) => Text(w, "tagging", value);

    private static void Text(Utf8JsonWriter w, string purpose, string value)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextualBody");
        w.WriteString("purpose", purpose);
        w.WriteString("value", value);
        w.WriteString("format", "text/plain");
        w.WriteEndObject();
    }

    // Never cut a surrogate pair in half at a prefix or suffix edge.
    private static int SafeStart(string text, int index)
    {
        index = Math.Max(0, index);
        return index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;
    }

    private static int SafeEnd(string text, int index)
    {
        index = Math.Min(text.Length, index);
        return index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index + 1 : index;
    }
}
