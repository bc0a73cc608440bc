using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Finds reported speech sentence by sentence: a cue (a reporting word from <see cref="CueLexicon"/>, "according to",
/// an agentless passive such as "is reported to"), its source (the noun phrase or pronoun before it, after it, or
/// the subject it shares with a coordinated verb) and its content (the other side of the cue, or the quotation it
/// frames). Every step looks at a bounded window of tokens, so the pass is linear in the text.
/// </summary>
internal sealed partial class AttributionFinder
{
    private const int MaxPhrase = 8;
    internal const int MaxSentenceTokens = 200;

    // Lexicon words annotated as a cue less often than this ("people", "new") are left out of the model's decisions:
    // they are most of the words it would be asked about, and it almost never takes them.
    internal const double MinModelStrength = 0.05;

    // A cue the model is this sure of takes any noun phrase before it as its subject ("official data suggest"); chosen on dev.
    private const double ConfidentCue = 0.9;
    // A cue the model is this sure of may take the nearest name or pronoun before it when no subject is found; chosen
    // on dev and on two-fold cross-validation over train (0.6 finds more content, but attaches more of it to the
    // wrong source; 0.8 finds less content for the same source score).
    private const double FallbackCue = 0.7;
    // An infinitive cue must be this likely (chosen on dev): its holder is a guess between object and subject.
    private const double InfinitiveMin = 0.7;

    private readonly CueLexicon _lexicon;
    private readonly double _minStrength;
    private readonly CueModel? _model;
    private readonly double _minProbability;
    private readonly double _ruleProbability;
    private readonly AttributionFilter? _filter;

    // Every word that can start an attribution, so that the scan costs one lookup per ordinary word.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggers;

    /// <param name="lexicon">Reporting words and how often each is a cue.</param>
    /// <param name="minStrength">Without a model, the least strength a verb needs to be read as a cue.</param>
    /// <param name="model">When given, it decides in context whether a lexicon word is a cue, instead of its strength.</param>
    /// <param name="minProbability">The least probability the model must give a cue.</param>
    /// <param name="filter">When given (with a model), the rules propose more, down to the filter's candidate
    /// probability, and the filter keeps the proposals it believes.</param>
    /// <param name="proposeProbability">Without a filter, propose down to this cue probability (for training one).</param>
    public AttributionFinder(
        CueLexicon lexicon, double minStrength, CueModel? model = null, double minProbability = 0.5, AttributionFilter? filter = null,
        double? proposeProbability = null)
    {
        _lexicon = lexicon;
        _minStrength = minStrength;
        _model = model;
        _filter = model is null ? null : filter;
        _ruleProbability = minProbability;
        _minProbability = Math.Min(minProbability, _filter?.CandidateProbability ?? proposeProbability ?? minProbability);
        var triggers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "according" };
        triggers.UnionWith(lexicon.Entries.Where(e => e.Value >= (model is null ? minStrength : MinModelStrength)).Select(e => e.Key));
        triggers.UnionWith(RaisedConcernWords);
        triggers.UnionWith(AgentlessCueWords);
        triggers.UnionWith(StanceVerbWords);
        triggers.UnionWith(["show", "showed", "showing"]);
        _triggers = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <param name="actors">The article's actors, which the filter weighs sources by; none when not known.</param>
    public List<FoundAttribution> Find(TextDocument document, IReadOnlyList<Quote> quotes, IReadOnlyList<Actor>? actors = null)
    {
        var quoteOf = MapTokensToQuotes(document, quotes);
        var found = Propose(document, quotes, quoteOf);
        if (_filter is not null)
        {
            found = _filter.Keep(document, quoteOf, found, actors ?? [], _lexicon);
        }

        Complete(document.Text, quotes, found);
        return found;
    }

    /// <summary>What the sentence rules propose, before any filter.</summary>
    internal List<FoundAttribution> Propose(TextDocument document, IReadOnlyList<Quote> quotes, int[] quoteOf)
    {
        var found = new List<FoundAttribution>();
        var scan = new SentenceScan(this, document, quotes, quoteOf, found);
        foreach (var (sentence, a, b) in Windows(document))
        {
            scan.Run(sentence, a, b);
        }

        return found;
    }

    /// <summary>The attributions that follow from the kept ones and from the quotations' layout.</summary>
    internal static void Complete(string text, IReadOnlyList<Quote> quotes, List<FoundAttribution> found)
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

        var ordered = found.Where(f => f.Source is not null && f.Kind is AttributionKind.Direct or AttributionKind.Mixed or AttributionKind.Indirect)
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
            if (previous.Content.End > quote.Outer.Start || quote.Outer.Start - previous.Content.End > 400
                || !OpensSentence(text, quote.Outer.Start) || quote.Inner.Length < 20)
            {
                continue;
            }

            added.Add(new FoundAttribution(quote.Inner, AttributionKind.Direct, previous.Source, null, Rule: AttributionRule.ContinuedQuote));
        }

        found.AddRange(added);
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

    /// <summary>
    /// The token windows the scan reads: a sentence, joined with the pieces a splitter cut off after an abbreviation
    /// or a question mark inside a quotation ("Ava, Mo. | , who ...", `"...?" | ," Trump said.`), with the index of
    /// its last sentence. A run-on "sentence" (garbage, a table, an unsplit 50,000-character line) is read in windows
    /// of <see cref="MaxSentenceTokens"/> so that the per-cue look-arounds stay bounded and the pass stays linear.
    /// </summary>
    internal static IEnumerable<(int Sentence, int First, int End)> Windows(TextDocument document)
    {
        var sentences = document.Sentences;
        for (var first = 0; first < sentences.Count;)
        {
            var last = first;
            while (last + 1 < sentences.Count && ContinuesSentence(document, last + 1))
            {
                last++;
            }

            var end = sentences[last].EndToken;
            for (var a = sentences[first].FirstToken; a < end; a += MaxSentenceTokens)
            {
                yield return (last, a, Math.Min(end, a + MaxSentenceTokens));
            }

            first = last + 1;
        }
    }

    // A sentence that opens with a comma, a semicolon or a lower-case word on the same line as the one before it.
    private static bool ContinuesSentence(TextDocument document, int sentence)
    {
        var s = document.Sentences[sentence];
        var previous = document.Sentences[sentence - 1];
        if (s.TokenCount == 0 || previous.Span.End > s.Span.Start
            || document.Text.AsSpan(previous.Span.End, s.Span.Start - previous.Span.End).Contains('\n'))
        {
            return false;
        }

        var first = document.TokenChars(s.FirstToken);
        return first is "," or ";" || (document.Tokens[s.FirstToken].Kind == TokenKind.Word && char.IsLower(first[0]));
    }

    /// <summary>
    /// The words the cue model decides on, as the scan meets them: every unquoted word the lexicon knows, with the
    /// sentence window it is read in and whether that window quotes anyone.
    /// </summary>
    internal static IEnumerable<(int Token, int First, int End, bool Quoted)> Candidates(TextDocument document, int[] quoteOf, CueLexicon lexicon)
    {
        foreach (var (_, a, b) in Windows(document))
        {
            var quoted = HasQuoted(quoteOf, a, b);
            for (var i = a; i < b; i++)
            {
                if (quoteOf[i] < 0 && document.Tokens[i].Kind == TokenKind.Word && lexicon.Strength(document.TokenChars(i)) >= MinModelStrength)
                {
                    yield return (i, a, b, quoted);
                }
            }
        }
    }

    private static bool HasQuoted(int[] quoteOf, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (quoteOf[i] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // For each token, the index of the quote whose inner span holds it, else -1. Quotes and tokens are both in text
    // order, so one merge pass does it.
    internal static int[] MapTokensToQuotes(TextDocument document, IReadOnlyList<Quote> quotes)
    {
        var map = new int[document.Tokens.Count];
        var q = 0;
        for (var t = 0; t < map.Length; t++)
        {
            var span = document.Tokens[t].Span;
            while (q < quotes.Count && quotes[q].Inner.End <= span.Start)
            {
                q++;
            }

            map[t] = q < quotes.Count && quotes[q].Inner.Contains(span) ? q : -1;
        }

        return map;
    }
}
