using System.Text.Json;

namespace NewsAnalysis.Analysis.Json;

/// <summary>Writes an <see cref="AnalysisResult"/> as the public contract's JSON (CONTRACT.md).</summary>
public static class AnalysisJson
{
    public static void Write(Utf8JsonWriter w, AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("analyzer", r.Analyzer);

        w.WriteStartArray("sentences");
        foreach (var s in r.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var a in r.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("kind", KindName(a.Kind));
            w.WriteStartArray("mentions");
            foreach (var m in a.Mentions)
            {
                w.WriteStartObject();
                WriteSpan(w, m.Span, m.Text);
                w.WriteString("type", m.Type switch
                {
                    MentionType.Pronoun => "pronoun",
                    MentionType.Nominal => "nominal",
                    _ => "name",
                });
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in r.Figures)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            WriteSpan(w, f.Span, f.Text);
            if (double.IsFinite(f.Value))
            {
                w.WriteNumber("value", f.Value);
            }
            else
            {
                w.WriteNull("value");
            }

            w.WriteString("unit", f.Unit);
            w.WriteString("measure", f.Measure);
            w.WriteString("qualifier", f.Qualifier);
            w.WriteString("claimId", f.ClaimId);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in r.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            WriteSpan(w, c.Span, c.Text);
            w.WriteNumber("checkworthiness", Math.Round(c.CheckWorthiness, 4));
            w.WriteStartObject("attribution");
            w.WriteString("kind", KindName(c.Attribution.Kind));
            w.WritePropertyName("source");
            if (c.Attribution.Source is { } src)
            {
                w.WriteStartObject();
                WriteSpan(w, src.Span, src.Text);
                w.WriteString("actorId", src.ActorId);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("cue");
            if (c.Attribution.Cue is { } cue)
            {
                w.WriteStartObject();
                WriteSpan(w, cue.Span, cue.Text);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string Serialize(AnalysisResult r, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            Write(w, r);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Keeps non-ASCII text readable while escaping what HTML and JSON need escaped.</summary>
    public static readonly System.Text.Encodings.Web.JavaScriptEncoder Encoder =
        System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Location => "location",
        _ => "other",
    };

    public static string KindName(AttributionKind kind) => kind switch
    {
        AttributionKind.Direct => "direct",
        AttributionKind.Indirect => "indirect",
        AttributionKind.Mixed => "mixed",
        AttributionKind.Vague => "vague",
        _ => "unattributed",
    };

    private static void WriteSpan(Utf8JsonWriter w, Span span, string text)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", WellFormed(text));
    }

    // A lone surrogate cannot be written as JSON; U+FFFD keeps the length, so offsets stay true.
    private static string WellFormed(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && !IsWellFormed(text))
        {
            return string.Create(text.Length, text, static (dest, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    var c = src[i];
                    if (char.IsHighSurrogate(c) && i + 1 < src.Length && char.IsLowSurrogate(src[i + 1]))
                    {
                        dest[i] = c;
                        dest[i + 1] = src[i + 1];
                        i++;
                    }
                    else
                    {
                        dest[i] = char.IsSurrogate(c) ? '\uFFFD' : c;
                    }
                }
            });
        }

        return text;
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
