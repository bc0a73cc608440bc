using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// An interview set out as questions and answers ("Q: ..." then "A: ..."): every answer is the words of the person
/// the introduction names, though no cue says so. An explainer set out the same way answers in the article's own
/// voice, so an answer is someone's only when the introduction speaks of an interview or an answer says "I" or "we".
/// </summary>
internal sealed class InterviewAnswers
{
    private static readonly string[] QuestionLabels = ["Q:", "Question:"];
    private static readonly string[] AnswerLabels = ["A:", "Answer:"];
    private static readonly string[] InterviewWords = ["interview", "spoke to", "talked to", "sat down with", "speaking to"];
    private static readonly WordSet FirstPerson = new("I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll", "me", "my", "we", "we're", "we’re", "we've", "we’ve", "our", "us");

    private readonly List<(Span Label, Span Answer)> _answers;

    private InterviewAnswers(List<(Span Label, Span Answer)> answers, AttributionSource? interviewee)
    {
        _answers = answers;
        Interviewee = interviewee;
    }

    /// <summary>Whom the answers quote: the mention of the person the introduction names most, null when none.</summary>
    public AttributionSource? Interviewee { get; }

    public IReadOnlyList<(Span Label, Span Answer)> Answers => Interviewee is null ? [] : _answers;

    public static InterviewAnswers Find(TextDocument document, IReadOnlyList<Actor> actors)
    {
        var text = document.Text;
        var firstQuestion = -1;
        var answers = new List<(Span Label, Span Answer)>();
        for (var line = 0; line < text.Length; line = NextLine(text, line))
        {
            var start = line;
            while (start < text.Length && text[start] is ' ' or '\t')
            {
                start++;
            }

            var rest = text.AsSpan(start);
            if (firstQuestion < 0 && LabelLength(rest, QuestionLabels) > 0)
            {
                firstQuestion = start;
            }
            else if (firstQuestion >= 0 && LabelLength(rest, AnswerLabels) is > 0 and var label)
            {
                var first = start + label;
                while (first < text.Length && char.IsWhiteSpace(text[first]) && text[first] != '\n')
                {
                    first++;
                }

                var end = NextLine(text, start);
                while (end > first && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (end > first)
                {
                    answers.Add((new Span(start, start + label), new Span(first, end)));
                }
            }
        }

        if (answers.Count == 0)
        {
            return new InterviewAnswers(answers, null);
        }

        var intro = text.AsSpan(0, firstQuestion);
        var interview = false;
        foreach (var word in InterviewWords)
        {
            interview |= intro.Contains(word, StringComparison.OrdinalIgnoreCase);
        }

        if (!interview && !SpeaksForItself(document, answers))
        {
            return new InterviewAnswers(answers, null);
        }

        return new InterviewAnswers(answers, Introduced(actors, firstQuestion, text));
    }

    /// <summary>Whether <paramref name="span"/> lies inside an answer.</summary>
    public bool InAnswer(Span span)
    {
        if (Interviewee is null)
        {
            return false;
        }

        int lo = 0, hi = _answers.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_answers[mid].Answer.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < _answers.Count && _answers[lo].Answer.Contains(span);
    }

    // The person named most before the first question, by the longest of those names ("Bridget Phillipson", not "She").
    private static AttributionSource? Introduced(IReadOnlyList<Actor> actors, int firstQuestion, string text)
    {
        (Mention Name, string Id, int Count)? best = null;
        foreach (var actor in actors)
        {
            if (actor.Kind != ActorKind.Person)
            {
                continue;
            }

            var count = 0;
            Mention? longest = null;
            foreach (var mention in actor.Mentions)
            {
                if (mention.Span.End <= firstQuestion)
                {
                    count++;
                    if (mention.Type == MentionType.Name && (longest is null || mention.Span.Length > longest.Span.Length))
                    {
                        longest = mention;
                    }
                }
            }

            if (longest is not null && (best is not { } b || count > b.Count))
            {
                best = (longest, actor.Id, count);
            }
        }

        return best is { } found ? new AttributionSource(found.Name.Span, found.Name.Span.Of(text), found.Id) : null;
    }

    // Whether any answer says "I" or "we": one pass over the tokens, the answers being in text order.
    private static bool SpeaksForItself(TextDocument document, List<(Span Label, Span Answer)> answers)
    {
        var a = 0;
        foreach (var token in document.Tokens)
        {
            while (a < answers.Count && answers[a].Answer.End <= token.Span.Start)
            {
                a++;
            }

            if (a == answers.Count)
            {
                return false;
            }

            if (answers[a].Answer.Contains(token.Span) && token.Kind == TokenKind.Word && FirstPerson.Contains(token.Span.SliceOf(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static int LabelLength(ReadOnlySpan<char> line, string[] labels)
    {
        foreach (var label in labels)
        {
            if (line.StartsWith(label, StringComparison.Ordinal))
            {
                return label.Length;
            }
        }

        return 0;
    }

    private static int NextLine(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline + 1;
    }
}
