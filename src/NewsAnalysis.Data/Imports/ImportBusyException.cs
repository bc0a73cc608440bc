namespace NewsAnalysis.Data.Imports;

/// <summary>The batch's remaining pending items are locked by another worker processing them.</summary>
public sealed class ImportBusyException() : Exception("Another worker is processing the batch's remaining items.");
