namespace NewsAnalysis.Analysis.Actors;

/// <summary>BIO labels over the four CoNLL types: 0 = O, then B/I for PER, ORG, LOC, MISC.</summary>
internal static class NerLabels
{
    public const int Count = 9;
    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static int Begin(int type) => 1 + 2 * type;

    public static int Inside(int type) => 2 + 2 * type;

    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static bool IsBegin(int label) => label != Outside && (label - 1) % 2 == 0;

    public static bool IsInside(int label) => label != Outside && (label - 1) % 2 == 1;

    /// <summary>I-X may only continue a B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));

    public static string Name(int label) => Names[label];

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    public static string TypeName(int type) => Types[type];

    public static ActorKind Kind(int type) => type switch
    {
        0 => ActorKind.Person,
        1 => ActorKind.Organization,
        2 => ActorKind.Location,
        _ => ActorKind.Other,
    };
}
