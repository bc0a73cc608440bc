using System.Buffers;
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
        w.WriteString(Names.Analyzer, r.Analyzer);

        w.WriteStartArray(Names.Sentences);
        foreach (var s in r.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber(Names.Start, s.Start);
            w.WriteNumber(Names.End, s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(Names.Actors);
        foreach (var a in r.Actors)
        {
            w.WriteStartObject();
            w.WriteString(Names.Id, a.Id);
            w.WriteString(Names.Name, a.Name);
            w.WriteString(Names.Kind, KindName(a.Kind));
            w.WriteStartArray(Names.Mentions);
            foreach (var m in a.Mentions)
            {
                w.WriteStartObject();
                WriteSpan(w, m.Span, m.Text);
                w.WriteString(Names.Type, m.Type switch
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

        w.WriteStartArray(Names.Figures);
        foreach (var f in r.Figures)
        {
            w.WriteStartObject();
            w.WriteString(Names.Id, f.Id);
            WriteSpan(w, f.Span, f.Text);
            if (double.IsFinite(f.Value))
            {
                w.WriteNumber(Names.Value, f.Value);
            }
            else
            {
                w.WriteNull(Names.Value);
            }

            w.WriteString(Names.Unit, f.Unit);
            w.WriteString(Names.Measure, f.Measure);
            w.WriteString(Names.Qualifier, f.Qualifier);
            w.WriteString(Names.ClaimId, f.ClaimId);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(Names.Claims);
        foreach (var c in r.Claims)
        {
            w.WriteStartObject();
            w.WriteString(Names.Id, c.Id);
            WriteSpan(w, c.Span, c.Text);
            w.WriteNumber(Names.Checkworthiness, Math.Round(c.CheckWorthiness, 4));
            w.WriteStartObject(Names.Attribution);
            w.WriteString(Names.Kind, KindName(c.Attribution.Kind));
            w.WritePropertyName(Names.Source);
            if (c.Attribution.Source is { } src)
            {
                w.WriteStartObject();
                WriteSpan(w, src.Span, src.Text);
                w.WriteString(Names.ActorId, src.ActorId);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName(Names.Cue);
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

    // Per thread, the bytes of the last article written, reused: a growing MemoryStream and its copy were most of
    // what serialising allocated.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private const int MaxKeptBuffer = 1 << 20;

    public static string Serialize(AnalysisResult r, bool indented = false)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            Write(w, r);
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_buffer = null;    // a book-length article's buffer is not kept for the thread's lifetime
        }

        return json;
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
        w.WriteNumber(Names.Start, span.Start);
        w.WriteNumber(Names.End, span.End);
        w.WriteString(Names.Text, WellFormed(text));
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

    // Property names encoded once: the writer then copies bytes instead of transcoding and escaping each name.
    private static class Names
    {
        public static readonly JsonEncodedText ActorId = JsonEncodedText.Encode("actorId");
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");
        public static readonly JsonEncodedText Analyzer = JsonEncodedText.Encode("analyzer");
        public static readonly JsonEncodedText Attribution = JsonEncodedText.Encode("attribution");
        public static readonly JsonEncodedText Checkworthiness = JsonEncodedText.Encode("checkworthiness");
        public static readonly JsonEncodedText ClaimId = JsonEncodedText.Encode("claimId");
        public static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Figures = JsonEncodedText.Encode("figures");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    }
}
