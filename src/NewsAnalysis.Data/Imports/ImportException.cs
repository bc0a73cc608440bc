namespace NewsAnalysis.Data.Imports;

/// <summary>An item cannot be imported; the message is the per-item error the admin reads.</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
