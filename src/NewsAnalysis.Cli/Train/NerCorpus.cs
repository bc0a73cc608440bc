using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Cli.Train;

/// <summary>One CoNLL-2003 document: its text built as the scorer builds it, the gold tokens and BILOU labels.</summary>
internal sealed record NerCorpusDocument(TextDocument Document, int[] Labels, IReadOnlyList<(string Token, string Tag)[]> Sentences);

/// <summary>Reads CoNLL-2003 files (IOB1 tags, -DOCSTART- between documents).</summary>
internal static class NerCorpus
{
    public static List<NerCorpusDocument> Read(string path)
    {
        var documents = new List<NerCorpusDocument>();
        var sentences = new List<(string, string)[]>();
        var sentence = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(sentence, sentences);
                continue;
            }

            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                Flush(sentence, sentences);
                if (sentences.Count > 0)
                {
                    documents.Add(Build(sentences));
                    sentences = [];
                }

                continue;
            }

            sentence.Add((cols[0], cols[^1]));
        }

        Flush(sentence, sentences);
        if (sentences.Count > 0)
        {
            documents.Add(Build(sentences));
        }

        return documents;
    }

    /// <summary>The scorer's text: tokens joined by one space, sentences by "\n".</summary>
    public static string TextOf(IReadOnlyList<(string Token, string Tag)[]> sentences) =>
        string.Join('\n', sentences.Select(s => string.Join(' ', s.Select(t => t.Token))));

    /// <summary>IOB1 or IOB2 tags → entity spans over token indices (as the scorer reads them).</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            if (tag == "O")
            {
                Close(i);
                continue;
            }

            var dash = tag.IndexOf('-', StringComparison.Ordinal);
            var prefix = dash < 0 ? "I" : tag[..dash];
            var t = dash < 0 ? tag : tag[(dash + 1)..];
            if (prefix == "B" || start < 0 || type != t)
            {
                Close(i);
                start = i;
                type = t;
            }
        }

        return spans;

        void Close(int end)
        {
            if (start >= 0)
            {
                spans.Add((start, end, type!));
            }

            start = -1;
            type = null;
        }
    }

    private static void Flush(List<(string, string)> sentence, List<(string, string)[]> sentences)
    {
        if (sentence.Count > 0)
        {
            sentences.Add([.. sentence]);
            sentence.Clear();
        }
    }

    public static NerCorpusDocument Build(List<(string Token, string Tag)[]> sentences)
    {
        var text = TextOf(sentences);
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        var tags = new List<string>();
        var pos = 0;
        foreach (var s in sentences)
        {
            var first = tokens.Count;
            foreach (var (token, tag) in s)
            {
                var kind = char.IsDigit(token[0]) ? TokenKind.Number : char.IsLetter(token[0]) ? TokenKind.Word : TokenKind.Punctuation;
                tokens.Add(new Token(new Span(pos, pos + token.Length), kind));
                tags.Add(tag);
                pos += token.Length + 1;
            }

            spans.Add(new Sentence(new Span(tokens[first].Span.Start, tokens[^1].Span.End), first, s.Length));
        }

        var labels = new int[tokens.Count];
        foreach (var (start, end, type) in Spans(tags))
        {
            NerLabels.Mark(labels.AsSpan(start, end - start), NerLabels.TypeIndex(type));
        }

        return new NerCorpusDocument(new TextDocument(text, tokens, spans), labels, sentences);
    }
}
