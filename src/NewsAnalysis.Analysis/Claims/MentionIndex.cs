namespace NewsAnalysis.Analysis.Claims;

/// <summary>Every actor mention in text order, to find which actor a source span names.</summary>
internal sealed class MentionIndex
{
    private readonly List<(Span Span, string ActorId)> _mentions;

    private MentionIndex(List<(Span, string)> mentions) => _mentions = mentions;

    public static MentionIndex Build(IReadOnlyList<Actor> actors)
    {
        // Loops, not SelectMany: the same list in the same order, sized once and without iterators.
        var count = 0;
        for (var k = 0; k < actors.Count; k++)
        {
            count += actors[k].Mentions.Count;
        }

        var mentions = new List<(Span Span, string ActorId)>(count);
        for (var k = 0; k < actors.Count; k++)
        {
            var actor = actors[k];
            for (var m = 0; m < actor.Mentions.Count; m++)
            {
                mentions.Add((actor.Mentions[m].Span, actor.Id));
            }
        }

        mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return new MentionIndex(mentions);
    }

    /// <summary>The actor named last before <paramref name="offset"/> within <paramref name="window"/> characters ("X, who said").</summary>
    public string? ActorBefore(int offset, int window)
    {
        var lo = 0;
        var hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo - 1; k >= 0 && k >= lo - 16; k--)
        {
            var (span, id) = _mentions[k];
            if (span.End <= offset && span.End > offset - window)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The actor whose mention overlaps <paramref name="source"/> the most, or null.</summary>
    public string? ActorAt(Span source)
    {
        var lo = 0;
        var hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < source.Start - 256)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        string? best = null;
        var bestOverlap = 0;
        for (var k = lo; k < _mentions.Count && _mentions[k].Span.Start < source.End; k++)
        {
            var (span, id) = _mentions[k];
            var overlap = Math.Min(span.End, source.End) - Math.Max(span.Start, source.Start);
            if (overlap > bestOverlap)
            {
                best = id;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
