namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Document-level attributions that follow from the sentence rules' results and the quotations' layout: a quotation
/// continuing the speaker quoted just before it, and a quotation signed on its own line.
/// </summary>
internal static class QuoteCompletion
{
    /// <summary>The attributions that follow from the kept ones and from the quotations' layout.</summary>
    public static void Complete(string text, IReadOnlyList<Quote> quotes, List<FoundAttribution> found)
    {
        AttributeContinuedQuotes(text, quotes, found);
        AttributeSignatures(text, quotes, found);
    }

    // A quotation signed on its own line: `“...” ― Pamela Ruiz` (a dash, then a name, then the line ends).
    private static void AttributeSignatures(string text, IReadOnlyList<Quote> quotes, List<FoundAttribution> found)
    {
        foreach (var quote in quotes)
        {
            // On the same line, or on a line of its own after the quotation's paragraph.
            var i = quote.Outer.End;
            while (i < text.Length && i - quote.Outer.End < 4 && text[i] is ' ' or '\u00a0' or '\n' or '.')
            {
                i++;
            }

            // A quoted sentence, not a phrase inside one ("its \"winter specials\" — A Range Of Coats").
            if (i >= text.Length || text[i] is not ('―' or '—' or '–' or '-') || quote.Inner.Length < 20 || !OpensSentence(text, quote.Outer.Start))
            {
                continue;
            }

            var dash = i;
            i++;
            while (i < text.Length && text[i] is ' ' or '\u00a0')
            {
                i++;
            }

            if (SignatureName(text, i) is { } name)
            {
                found.Add(new FoundAttribution(quote.Inner, AttributionKind.Direct, name, new Span(dash, dash + 1), Rule: AttributionRule.Signature));
            }
        }
    }

    // One to six capitalised words or initials ("Edwin G. Monroy") running to the end of the line.
    private static Span? SignatureName(string text, int start)
    {
        var i = start;
        var words = 0;
        var end = start;
        while (i < text.Length && char.IsUpper(text[i]) && words < 6)
        {
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            end = i;
            words++;
            if (i < text.Length && text[i] == '.')
            {
                i++;
            }

            if (i < text.Length && text[i] == ' ' && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            {
                i++;
            }
        }

        while (i < text.Length && text[i] is ' ' or '\u00a0' or '\r' or '.')
        {
            i++;
        }

        // The line ends, or goes on with what the speaker did ("-President Obama, tweeting after the speech").
        return words > 0 && (i >= text.Length || text[i] == '\n' || (i == end && text[i] == ',')) ? new Span(start, end) : null;
    }

    // A quotation standing as its own sentence with no cue of its own continues the speaker quoted just before
    // (the paragraph after `"...," she said.`), within a short distance.
    private static void AttributeContinuedQuotes(string text, IReadOnlyList<Quote> quotes, List<FoundAttribution> found)
    {
        if (found.Count == 0 || quotes.Count == 0)
        {
            return;
        }

        // What a body did in a relative clause ("..., said Rob Schwartz of Newmarket Films, which released the film.")
        // is an aside: the quotation after it goes on with the speaker.
        // An unnamed speaker quoted goes on too (`"...," said a Fox spokesman. "..."`), when the source is a person's
        // words and not a group's or a record's.
        var ordered = found.Where(f => f.Source is { } s && s.Length > 0
                                       && (f.Kind is AttributionKind.Direct or AttributionKind.Mixed or AttributionKind.Indirect
                                           || (f.Kind == AttributionKind.Vague && IsQuotedSpeaker(text, f)))
                                       && !s.SliceOf(text).Equals("which", StringComparison.Ordinal))
            .OrderBy(f => f.Content.Start).ToList();
        if (ordered.Count == 0)
        {
            return;
        }

        var byContent = found.Select(f => f.Content).OrderBy(c => c.Start).ToList();
        var k = 0;
        var c = 0;
        var added = new List<FoundAttribution>();
        foreach (var quote in quotes)
        {
            while (c < byContent.Count && byContent[c].End <= quote.Inner.Start)
            {
                c++;
            }

            if (c < byContent.Count && byContent[c].Overlaps(quote.Inner))
            {
                continue;
            }

            while (k + 1 < ordered.Count && ordered[k + 1].Content.End <= quote.Outer.Start)
            {
                k++;
            }

            var previous = ordered[k];
            var resumed = Resumes(text, previous, quote);
            if (previous.Content.End > quote.Outer.Start || quote.Outer.Start - previous.Content.End > 400
                || !(resumed || OpensSentence(text, quote.Outer.Start)) || (quote.Inner.Length < 20 && !IsWholeSentence(text, quote)))
            {
                continue;
            }

            // The speaker's words go on: a source without a name stays one.
            var kind = previous.Kind == AttributionKind.Vague ? AttributionKind.Vague : AttributionKind.Direct;
            added.Add(new FoundAttribution(quote.Inner, kind, previous.Source, resumed ? previous.Cue : null, Rule: AttributionRule.ContinuedQuote));
        }

        found.AddRange(added);
    }

    // A vague report quoted word for word by one unnamed person: "a spokesman", "one witness", "a source".
    private static bool IsQuotedSpeaker(string text, FoundAttribution f)
    {
        var source = f.Source!.Value.SliceOf(text);
        var space = source.LastIndexOf(' ');
        var head = space < 0 ? source : source[(space + 1)..];
        var opened = f.Content.Start > 0 && text[f.Content.Start - 1] is '"' or '“';
        return opened && (source.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || source.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("one ", StringComparison.OrdinalIgnoreCase)) && !head.EndsWith("s", StringComparison.Ordinal);
    }

    // `"Not one person."`: a short quotation that is a sentence of its own is speech, not a title or a scare quote.
    // After a colon it is what a headline or a maxim says ("under the headline: "Harry the Nazi."").
    private static bool IsWholeSentence(string text, Quote quote) =>
        quote.Inner.Length > 1 && text[quote.Inner.End - 1] is '.' or '!' or '?' && char.IsUpper(text[quote.Inner.Start])
        && text.AsSpan(0, quote.Outer.Start).TrimEnd() is var before && (before.Length == 0 || before[^1] != ':');

    // `"A," Noori told the press, "B."`: the quotation goes on after its speaker and cue, which stand between its parts.
    private static bool Resumes(string text, FoundAttribution previous, Quote quote)
    {
        if (previous.Source is not { } source || previous.Cue is not { } cue || source.Start < previous.Content.End || cue.Start < previous.Content.End)
        {
            return false;
        }

        var i = quote.Outer.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        var from = Math.Max(source.End, cue.End);
        if (i < from || text[i] != ',' || i - from > 30)
        {
            return false;
        }

        for (var k = from; k < i; k++)
        {
            if (text[k] is '.' or '!' or '?' or '\n' or '"' or '“' or '”')
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensSentence(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '"' or '”' or '\'' or ':' || (offset > 0 && text[offset - 1] == '\n');
    }
}
