using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.ReportWords;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Finds reported speech sentence by sentence: a cue (a reporting word from <see cref="CueLexicon"/>, "according to",
/// an agentless passive such as "is reported to"), its source (the noun phrase or pronoun before it, after it, or
/// the subject it shares with a coordinated verb) and its content (the other side of the cue, or the quotation it
/// frames). Every step looks at a bounded window of tokens, so the pass is linear in the text.
/// </summary>
/// <remarks>
/// One scan object per document reads every window. Its rules are layered by what they need: <see cref="SentenceWindow"/>
/// (token tests), <see cref="SourcePhrases"/> (who), <see cref="ContentSpans"/> (what, and the proposal),
/// <see cref="PhraseCues"/> (fixed-phrase and shape cues), then the scan itself (reporting words the model decides on).
/// Word lists are in <see cref="ReportWords"/>; <see cref="QuoteCompletion"/> adds what follows at document level.
/// </remarks>
internal sealed partial class AttributionFinder
{
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
    private const double InfinitiveThatMin = 0.45;

    private readonly CueLexicon _lexicon;
    private readonly double _minStrength;
    private readonly CueModel? _model;
    private readonly double _minProbability;
    private readonly double _ruleProbability;
    private readonly AttributionFilter? _filter;

    // Every word that can start an attribution, so that the scan costs one lookup per ordinary word (a WordSet: most
    // words fail its first/last-letter filter without hashing).
    private readonly WordSet _triggers;

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
        triggers.UnionWith(InvertingVerbWords);
        triggers.UnionWith(StanceVerbWords);
        triggers.UnionWith(["show", "showed", "showing", "heard", "reportedly"]);
        triggers.UnionWith(CopularReportNounWords);
        _triggers = new WordSet([.. triggers]);
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
        foreach (var (sentence, a, b) in ScanWindows.Windows(document))
        {
            scan.Run(sentence, a, b);
        }

        return found;
    }

    /// <summary>The attributions that follow from the kept ones and from the quotations' layout.</summary>
    internal static void Complete(string text, IReadOnlyList<Quote> quotes, List<FoundAttribution> found) =>
        QuoteCompletion.Complete(text, quotes, found);

    /// <inheritdoc cref="ScanWindows.Candidates"/>
    internal static IEnumerable<(int Token, int First, int End, bool Quoted)> Candidates(TextDocument document, int[] quoteOf, CueLexicon lexicon) =>
        ScanWindows.Candidates(document, quoteOf, lexicon);

    /// <inheritdoc cref="ScanWindows.MapTokensToQuotes"/>
    internal static int[] MapTokensToQuotes(TextDocument document, IReadOnlyList<Quote> quotes) => ScanWindows.MapTokensToQuotes(document, quotes);
}
