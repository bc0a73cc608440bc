namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// BILOU labels over the four CoNLL types: 0 = O, then per type Begin, Inside, Last and Unit (a one-word name).
/// Saying where a name ends, not only where it starts, beats BIO for named entities (Ratinov &amp; Roth 2009).
/// </summary>
internal static class NerLabels
{
    public const int Count = 17;
    public const int Outside = 0;

    /// <summary>Name types.</summary>
    public const int Types = 4;

    private const int BeginPart = 0, InsidePart = 1, LastPart = 2, UnitPart = 3;

    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];
    private static readonly string[] Parts = ["B", "I", "L", "U"];

    public static int Begin(int type) => 1 + 4 * type + BeginPart;

    public static int Inside(int type) => 1 + 4 * type + InsidePart;

    public static int Last(int type) => 1 + 4 * type + LastPart;

    public static int Unit(int type) => 1 + 4 * type + UnitPart;

    public static int TypeOf(int label) => label is Outside or >= Count ? -1 : (label - 1) / 4;

    private static int PartOf(int label) => (label - 1) % 4;

    // Bit per label (and NerFeatures.Start, 17, in neither): B-X and I-X are open, I-X and L-X continue.
    private const uint OpenLabels = 0b0_0011_0011_0011_0011_0;
    private const uint ContinuingLabels = 0b0_0110_0110_0110_0110_0;

    /// <summary>B-X or I-X: the name goes on with the next word.</summary>
    public static bool IsOpen(int label) => (OpenLabels >> label & 1) != 0;

    /// <summary>I-X or L-X: the word continues a name.</summary>
    public static bool Continues(int label) => (ContinuingLabels >> label & 1) != 0;

    /// <summary>After B-X or I-X only I-X or L-X; elsewhere only O, B-X or U-X. <paramref name="previous"/> may be
    /// <see cref="NerFeatures.Start"/>.</summary>
    public static bool Allowed(int previous, int label) =>
        IsOpen(previous) ? Continues(label) && TypeOf(label) == TypeOf(previous) : !Continues(label);

    public static string Name(int label) => label == Outside ? "O" : Parts[PartOf(label)] + "-" + TypeNames[TypeOf(label)];

    public static int TypeIndex(string type) => Array.IndexOf(TypeNames, type);

    public static string TypeName(int type) => TypeNames[type];

    /// <summary>Labels of a name of <paramref name="length"/> words of <paramref name="type"/>.</summary>
    public static void Mark(Span<int> labels, int type)
    {
        if (labels.Length == 1)
        {
            labels[0] = Unit(type);
            return;
        }

        labels[0] = Begin(type);
        labels[1..^1].Fill(Inside(type));
        labels[^1] = Last(type);
    }

    /// <summary>Takes word <paramref name="i"/> out of its name; the words before and after it stay names of their own.</summary>
    public static void Remove(Span<int> labels, int i)
    {
        var label = labels[i];
        if (label == Outside)
        {
            return;
        }

        var type = TypeOf(label);
        labels[i] = Outside;
        if (Continues(label) && i > 0 && TypeOf(labels[i - 1]) == type)
        {
            labels[i - 1] = PartOf(labels[i - 1]) == BeginPart ? Unit(type) : Last(type);
        }

        if (IsOpen(label) && i + 1 < labels.Length && TypeOf(labels[i + 1]) == type)
        {
            labels[i + 1] = PartOf(labels[i + 1]) == InsidePart ? Begin(type) : Unit(type);
        }
    }

    public static ActorKind Kind(int type) => type switch
    {
        0 => ActorKind.Person,
        1 => ActorKind.Organization,
        2 => ActorKind.Location,
        _ => ActorKind.Other,
    };
}
