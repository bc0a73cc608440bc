using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Web.Pages.Articles;

/// <summary>
/// The article body as HTML with its claims, figures and mentions highlighted. Ranges may nest or overlap: the body is
/// cut at every range boundary, and each piece is wrapped in the ranges covering it, closing and reopening elements
/// where ranges cross, so the HTML stays well formed. Every piece of article text is HTML-encoded.
/// </summary>
public sealed class ArticleText : IHtmlContent
{
    private readonly string _body;
    private readonly List<Piece> _pieces;

    private ArticleText(string body, List<Piece> pieces)
    {
        _body = body;
        _pieces = pieces;
    }

    private enum PieceKind { Open, Close, Text, ParagraphBreak }

    private readonly record struct Piece(PieceKind Kind, int Start = 0, int End = 0, Highlight? Highlight = null, bool First = false);

    public static ArticleText Build(string body, IEnumerable<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(body);
        var items = highlights
            .Where(h => h.Span.Start >= 0 && h.Span.End <= body.Length && !h.Span.IsEmpty)
            .OrderBy(h => h.Span.Start).ThenByDescending(h => h.Span.End).ThenBy(h => h.Kind)
            .ToList();
        var breaks = ParagraphBreaks(body);

        var boundaries = new SortedSet<int> { 0, body.Length };
        foreach (var item in items)
        {
            boundaries.Add(item.Span.Start);
            boundaries.Add(item.Span.End);
        }

        foreach (var paragraphBreak in breaks)
        {
            boundaries.Add(paragraphBreak.Start);
            boundaries.Add(paragraphBreak.End);
        }

        var pieces = new List<Piece>(boundaries.Count * 3);
        var open = new List<Highlight>();
        var opened = new HashSet<string>(StringComparer.Ordinal);
        var active = new List<Highlight>();
        var next = 0;
        var breakIndex = 0;
        var positions = boundaries.ToArray();
        for (var i = 0; i < positions.Length - 1; i++)
        {
            var (from, to) = (positions[i], positions[i + 1]);
            active.RemoveAll(h => h.Span.End <= from);
            while (next < items.Count && items[next].Span.Start <= from)
            {
                if (items[next].Span.End > from)
                {
                    active.Add(items[next]);
                }

                next++;
            }

            while (breakIndex < breaks.Count && breaks[breakIndex].End <= from)
            {
                breakIndex++;
            }

            if (breakIndex < breaks.Count && breaks[breakIndex].Start <= from)
            {
                CloseFrom(0, open, pieces);
                if (breaks[breakIndex].Start == from)
                {
                    pieces.Add(new Piece(PieceKind.ParagraphBreak));
                }

                continue;
            }

            // Keep the open elements that are a prefix of the wanted nesting; close the rest and open what is missing.
            active.Sort(NestingOrder);
            var keep = 0;
            while (keep < open.Count && keep < active.Count && ReferenceEquals(open[keep], active[keep]))
            {
                keep++;
            }

            CloseFrom(keep, open, pieces);
            for (var k = keep; k < active.Count; k++)
            {
                open.Add(active[k]);
                pieces.Add(new Piece(PieceKind.Open, Highlight: active[k], First: opened.Add(active[k].Key)));
            }

            pieces.Add(new Piece(PieceKind.Text, from, to));
        }

        CloseFrom(0, open, pieces);
        return new ArticleText(body, pieces);
    }

    /// <summary>The ranges of whitespace holding a blank line: paragraphs are the text between them.</summary>
    public static List<Span> ParagraphBreaks(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var breaks = new List<Span>();
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var newlines = 0;
            while (i < body.Length && char.IsWhiteSpace(body[i]))
            {
                if (body[i] == '\n')
                {
                    newlines++;
                }

                i++;
            }

            if (newlines >= 2 || (start == 0 && newlines > 0) || (i == body.Length && newlines > 0))
            {
                breaks.Add(new Span(start, i));
            }
        }

        return breaks;
    }

    private static int NestingOrder(Highlight a, Highlight b)
    {
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = b.Span.End.CompareTo(a.Span.End);
        return byEnd != 0 ? byEnd : a.Kind.CompareTo(b.Kind);
    }

    private static void CloseFrom(int depth, List<Highlight> open, List<Piece> pieces)
    {
        for (var k = open.Count - 1; k >= depth; k--)
        {
            pieces.Add(new Piece(PieceKind.Close, Highlight: open[k]));
        }

        open.RemoveRange(depth, open.Count - depth);
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write("<p>");
        foreach (var piece in _pieces)
        {
            switch (piece.Kind)
            {
                case PieceKind.Text:
                    encoder.Encode(writer, _body, piece.Start, piece.End - piece.Start);
                    break;
                case PieceKind.ParagraphBreak:
                    writer.Write("</p><p>");
                    break;
                case PieceKind.Open:
                    WriteOpen(writer, encoder, piece.Highlight!, piece.First);
                    break;
                case PieceKind.Close:
                    writer.Write(piece.Highlight!.Kind == HighlightKind.Mention ? "</span>" : "</mark>");
                    break;
            }
        }

        writer.Write("</p>");
    }

    private static void WriteOpen(TextWriter writer, HtmlEncoder encoder, Highlight highlight, bool first)
    {
        writer.Write(highlight.Kind == HighlightKind.Mention ? "<span" : "<mark");
        if (first)
        {
            Attribute(writer, encoder, "id", highlight.Key);
        }

        Attribute(writer, encoder, "class", highlight.CssClass);
        Attribute(writer, encoder, "data-item", highlight.Key);
        Attribute(writer, encoder, "data-group", highlight.Group);
        Attribute(writer, encoder, "data-start", highlight.Span.Start.ToString(CultureInfo.InvariantCulture));
        Attribute(writer, encoder, "data-end", highlight.Span.End.ToString(CultureInfo.InvariantCulture));
        Attribute(writer, encoder, "title", highlight.Label);
        writer.Write('>');
        if (first && highlight.Kind != HighlightKind.Mention)
        {
            // The jump to the panel for readers without JavaScript; its label is CSS content, so it adds no text.
            writer.Write("<a class=\"ref\"");
            Attribute(writer, encoder, "href", "#panel-" + highlight.Group);
            Attribute(writer, encoder, "data-label", highlight.Key);
            Attribute(writer, encoder, "aria-label", highlight.Label);
            writer.Write("></a>");
        }
    }

    private static void Attribute(TextWriter writer, HtmlEncoder encoder, string name, string value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        encoder.Encode(writer, value);
        writer.Write('"');
    }
}
