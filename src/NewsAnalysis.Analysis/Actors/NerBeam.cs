using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>The label scores of one token, for <see cref="NerBeam"/>: the shipped weights or the ones in training.</summary>
internal interface INerScorer<T>
    where T : INumber<T>
{
    /// <summary>Sets <paramref name="scores"/> to the weights of the features that do not depend on the labels
    /// before token <paramref name="i"/>. Called once per token the beam scores.</summary>
    void Static(int i, scoped Span<T> scores);

    /// <summary>Adds the weights of the features of the label before token <paramref name="i"/> and the word.</summary>
    void WordHistory(int i, int y1, scoped Span<T> scores);

    /// <summary>Adds the weights of the features of the two labels before, alone.</summary>
    void Transition(int y1, int y2, scoped Span<T> scores);
}

/// <summary>
/// Beam search over a sentence's labels: the best <see cref="Width"/> label sequences so far, of which those that
/// end in the same two labels (all the features look back) are merged. A greedy tagger commits to B-PER on
/// "Washington" and must then make the next word a name too; the beam keeps U-LOC alive until the next word decides.
/// One instance per document and thread; training steps it token by token to stop where the gold sequence drops out.
/// </summary>
internal sealed class NerBeam<T>
    where T : unmanaged, INumber<T>
{
    private readonly int _width;
    private readonly (int Label, int Parent)[] _back;
    private readonly T[] _score;
    private readonly int[] _y1;
    private readonly int[] _y2;
    private readonly T[] _nextScore;
    private readonly int[] _nextY1;
    private readonly int[] _nextY2;
    private readonly int[] _nextParent;
    private readonly T[] _word;
    private int _worst;
    private int _first;
    private int _position;

    /// <param name="longest">The most tokens of a sentence this beam will see.</param>
    public NerBeam(int width, int longest)
    {
        _width = width;
        _back = new (int, int)[Math.Max(longest, 1) * width];
        _score = new T[width];
        _y1 = new int[width];
        _y2 = new int[width];
        _nextScore = new T[width];
        _nextY1 = new int[width];
        _nextY2 = new int[width];
        _nextParent = new int[width];
        _word = new T[width * NerLabels.Count];
    }

    /// <summary>Sequences kept after the last step.</summary>
    public int Kept { get; private set; }

    public static NerBeam<T> For(NerDocument d, int width)
    {
        ArgumentNullException.ThrowIfNull(d);
        var longest = 0;
        foreach (var sentence in d.Document.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        return new NerBeam<T>(width, longest);
    }

    /// <summary>Labels every sentence of the document.</summary>
    public void Decode<TScorer>(NerDocument d, ref TScorer scorer, Span<int> labels, bool skipPlain)
        where TScorer : INerScorer<T>, allows ref struct
    {
        Span<T> scores = stackalloc T[NerLabels.Count];
        Span<T> own = stackalloc T[NerLabels.Count];
        foreach (var sentence in d.Document.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            Start(sentence.FirstToken);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                Step(d, ref scorer, i, skipPlain, scores, own);
            }

            Backtrack(Best(), labels);
        }
    }

    public void Start(int firstToken)
    {
        _first = firstToken;
        _position = firstToken;
        Kept = 1;
        _score[0] = T.Zero;
        _y1[0] = NerFeatures.Start;
        _y2[0] = NerFeatures.Start;
    }

    /// <summary>Extends the kept sequences by token <paramref name="i"/> (the next one).</summary>
    public void Step<TScorer>(NerDocument d, ref TScorer scorer, int i, bool skipPlain, scoped Span<T> scores, scoped Span<T> own)
        where TScorer : INerScorer<T>, allows ref struct
    {
        var next = 0;
        if (skipPlain && EntityRecognizer.IsPlainLowercase(d, i) && CanSkip(d, i))
        {
            if (Kept == 1)
            {
                // Most words of news: one sequence, which takes O.
                Extend(i, NerLabels.Outside, _score[0]);
                return;
            }

            // Every sequence takes O. What the word says alone is the same for all of them; what it says after
            // each one's last label is not ("Smith said": a person says), unless they all end alike.
            var alike = true;
            for (var k = 1; k < Kept; k++)
            {
                alike &= _y1[k] == _y1[0];
            }

            for (var k = 0; k < Kept; k++)
            {
                var y1 = _y1[k];
                var value = _score[k];
                if (!alike)
                {
                    // Sequences ending in the same label share the word's history features.
                    var j = 0;
                    while (_y1[j] != y1)
                    {
                        j++;
                    }

                    var word = _word.AsSpan(j * NerLabels.Count, NerLabels.Count);
                    if (j == k)
                    {
                        word.Clear();
                        scorer.WordHistory(i, y1, word);
                    }

                    value += word[NerLabels.Outside];
                }

                own.Clear();
                scorer.Transition(y1, _y2[k], own);
                value += own[NerLabels.Outside];
                next = Candidate(next, value, NerLabels.Outside, y1, k);
            }
        }
        else
        {
            scorer.Static(i, scores);
            if (_width == 1)
            {
                // Greedy: the best label that may follow.
                scorer.WordHistory(i, _y1[0], scores);
                scorer.Transition(_y1[0], _y2[0], scores);
                var best = EntityRecognizer.Best<T>(scores, _y1[0]);
                Extend(i, best, _score[0] + scores[best]);
                return;
            }

            for (var k = 0; k < Kept; k++)
            {
                // Sequences ending in the same label share the word's history features.
                var y1 = _y1[k];
                var j = 0;
                while (_y1[j] != y1)
                {
                    j++;
                }

                var word = _word.AsSpan(j * NerLabels.Count, NerLabels.Count);
                if (j == k)
                {
                    scores.CopyTo(word);
                    scorer.WordHistory(i, y1, word);
                }

                word.CopyTo(own);
                scorer.Transition(y1, _y2[k], own);
                var before = _score[k];
                if (NerLabels.IsOpen(y1))
                {
                    var type = NerLabels.TypeOf(y1);
                    next = Candidate(next, before + own[NerLabels.Inside(type)], NerLabels.Inside(type), y1, k);
                    next = Candidate(next, before + own[NerLabels.Last(type)], NerLabels.Last(type), y1, k);
                    continue;
                }

                next = Candidate(next, before + own[NerLabels.Outside], NerLabels.Outside, y1, k);
                for (var type = 0; type < NerLabels.Types; type++)
                {
                    next = Candidate(next, before + own[NerLabels.Begin(type)], NerLabels.Begin(type), y1, k);
                    next = Candidate(next, before + own[NerLabels.Unit(type)], NerLabels.Unit(type), y1, k);
                }
            }
        }

        var position = (i - _first) * _width;
        for (var k = 0; k < next; k++)
        {
            _back[position + k] = (_nextY1[k], _nextParent[k]);
            _score[k] = _nextScore[k];
            _y1[k] = _nextY1[k];
            _y2[k] = _nextY2[k];
        }

        Kept = next;
        _position = i + 1;
    }

    // The only sequence kept takes the label.
    private void Extend(int i, int label, T score)
    {
        _back[(i - _first) * _width] = (label, 0);
        _score[0] = score;
        _y2[0] = _y1[0];
        _y1[0] = label;
        _position = i + 1;
    }

    /// <summary>The last label and the parent (index in the step before) of kept sequence <paramref name="k"/>.</summary>
    public (int Label, int Parent) Item(int k) => _back[(_position - 1 - _first) * _width + k];

    /// <summary>The best kept sequence, preferring one that closes its last name.</summary>
    public int Best()
    {
        var best = -1;
        var bestClosed = false;
        for (var k = 0; k < Kept; k++)
        {
            var closed = !NerLabels.IsOpen(_y1[k]);
            if (best < 0 || (closed && !bestClosed) || (closed == bestClosed && _score[k] > _score[best]))
            {
                best = k;
                bestClosed = closed;
            }
        }

        return best;
    }

    /// <summary>The highest-scoring kept sequence.</summary>
    public int Highest()
    {
        var best = 0;
        for (var k = 1; k < Kept; k++)
        {
            if (_score[k] > _score[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Writes the labels of kept sequence <paramref name="k"/> from the sentence start to the last step.</summary>
    public void Backtrack(int k, Span<int> labels)
    {
        for (var i = _position - 1; i >= _first; i--)
        {
            var (label, parent) = _back[(i - _first) * _width + k];
            labels[i] = label;
            k = parent;
        }
    }

    // A plain lower-case word starts no name, so sequences that closed their names all take O. A name goes on
    // through such a word only inside a run of capitalised words ("Bank of England"): elsewhere the sequences
    // still in a name are dropped, unless no other is left.
    private bool CanSkip(NerDocument d, int i)
    {
        var open = 0;
        for (var k = 0; k < Kept; k++)
        {
            if (_y1[k] == NerFeatures.Start)
            {
                return false;
            }

            open += NerLabels.IsOpen(_y1[k]) ? 1 : 0;
        }

        if (open == 0)
        {
            return true;
        }

        if (open == Kept || !EndsNames(d, i))
        {
            return false;
        }

        var kept = 0;
        for (var k = 0; k < Kept; k++)
        {
            if (!NerLabels.IsOpen(_y1[k]))
            {
                // Moves with its back pointers: the last step's entries move down with it.
                var position = (_position - 1 - _first) * _width;
                _back[position + kept] = _back[position + k];
                _score[kept] = _score[k];
                _y1[kept] = _y1[k];
                _y2[kept] = _y2[k];
                kept++;
            }
        }

        Kept = kept;
        return true;
    }

    // A lower-case word outside a run of capitalised words. (Also ending names at commas, brackets and quotes
    // cost 0.16 F1 on CoNLL dev for little speed.)
    private static bool EndsNames(NerDocument d, int i) =>
        (d.Flags[i] & NerDocument.TokenFlags.Lowercase) != 0 && d.CapitalRun[i] == 0;

    // Most candidates lose to every kept sequence: that test is inlined, the rest is not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Candidate(int count, T value, int label, int previous, int from) =>
        count == _width && value <= _nextScore[_worst] ? count : Offer(count, value, label, previous, from);

    // Adds a candidate to the next beam (unsorted; the width is tiny): a sequence ending in the same two labels
    // as a kept one replaces it if better, else the candidate takes a free place or the worst one's.
    private int Offer(int count, T value, int label, int previous, int from)
    {
        if (count == _width && value <= _nextScore[_worst])
        {
            // Not better than the worst kept, so not better than a kept one it would merge with either.
            return count;
        }

        var at = -1;
        for (var k = 0; k < count; k++)
        {
            if (_nextY1[k] == label && _nextY2[k] == previous)
            {
                if (value <= _nextScore[k])
                {
                    return count;
                }

                at = k;
                break;
            }
        }

        if (at < 0)
        {
            at = count < _width ? count++ : _worst;
        }

        _nextScore[at] = value;
        _nextY1[at] = label;
        _nextY2[at] = previous;
        _nextParent[at] = from;
        if (count == _width)
        {
            _worst = 0;
            for (var k = 1; k < count; k++)
            {
                if (_nextScore[k] < _nextScore[_worst])
                {
                    _worst = k;
                }
            }
        }

        return count;
    }
}
