namespace NewsAnalysis.Analysis.Text;

/// <summary>Groups tokens into sentences.</summary>
public static class SentenceSplitter
{
    // Placeholder: a sentence ends at . ! ? or a blank line.
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var end = i + 1 == tokens.Count
                || (t.Span.Length == 1 && text[t.Span.Start] is '.' or '!' or '?')
                || text.AsSpan(t.Span.End, tokens[i + 1].Span.Start - t.Span.End).Count('\n') > 0;
            if (end)
            {
                sentences.Add(new Sentence(new Span(tokens[first].Span.Start, t.Span.End), first, i + 1 - first));
                first = i + 1;
            }
        }

        return sentences;
    }
}
