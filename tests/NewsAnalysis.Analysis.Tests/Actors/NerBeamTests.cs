using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class NerBeamTests
{
    private static readonly int Outside = NerLabels.Outside;
    private static readonly int BeginPer = NerLabels.Begin(NerLabels.TypeIndex("PER"));
    private static readonly int LastPer = NerLabels.Last(NerLabels.TypeIndex("PER"));
    private static readonly int UnitLoc = NerLabels.Unit(NerLabels.TypeIndex("LOC"));

    // "Washington said": B-PER scores best on the first word alone, but then the second word must end the name,
    // which it hardly can; U-LOC followed by O is the better sequence.
    private static int[][] Scores()
    {
        var first = Filled(-100);
        first[BeginPer] = 10;
        first[UnitLoc] = 9;
        first[Outside] = 0;
        var second = Filled(-100);
        second[Outside] = 5;
        second[LastPer] = 0;
        return [first, second];
    }

    [Fact]
    public void A_beam_finds_the_better_sequence_that_greedy_decoding_commits_away_from()
    {
        var labels = Decode(Scores(), width: 4);

        Assert.Equal([UnitLoc, Outside], labels);
    }

    [Fact]
    public void A_beam_of_one_is_greedy()
    {
        var labels = Decode(Scores(), width: 1);

        Assert.Equal([BeginPer, LastPer], labels);
    }

    [Fact]
    public void The_decoded_labels_always_follow_the_bilou_rules()
    {
        // Static scores that favour an I-PER everywhere: it is never allowed at the start or after O.
        var scores = Enumerable.Range(0, 2).Select(_ =>
        {
            var s = Filled(0);
            s[NerLabels.Inside(0)] = 50;
            return s;
        }).ToArray();

        var labels = Decode(scores, width: 4);

        var previous = NerFeatures.Start;
        foreach (var label in labels)
        {
            Assert.True(NerLabels.Allowed(previous, label), $"{NerLabels.Name(label)} after {previous}");
            previous = label;
        }

        Assert.False(NerLabels.IsOpen(labels[^1]));
    }

    private static int[] Filled(int value) => Enumerable.Repeat(value, NerLabels.Count).ToArray();

    private static int[] Decode(int[][] scores, int width)
    {
        var text = string.Join(' ', Enumerable.Range(0, scores.Length).Select(i => "Word" + (char)('a' + i)));
        var document = new NerDocument(TextDocument.Parse(text), Gazetteer.Empty);
        Assert.Equal(scores.Length, document.Count);
        var labels = new int[document.Count];
        var scorer = new TableScorer(scores);
        NerBeam<int>.For(document, width).Decode(document, ref scorer, labels, skipPlain: false);
        return labels;
    }

    private readonly struct TableScorer(int[][] scores) : INerScorer<int>
    {
        public void Static(int i, scoped Span<int> into) => scores[i].CopyTo(into);

        public void WordHistory(int i, int y1, scoped Span<int> into)
        {
        }

        public void Transition(int y1, int y2, scoped Span<int> into)
        {
        }
    }
}
