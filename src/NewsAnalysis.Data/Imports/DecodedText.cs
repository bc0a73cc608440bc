namespace NewsAnalysis.Data.Imports;

/// <summary>Text read from bytes, and a warning when it took a fallback encoding.</summary>
public sealed record DecodedText(string Text, string? Warning);
