namespace NewsAnalysis.Data.Local;

/// <summary>A local PostgreSQL cannot be started; the message says what to do, in one line, for the log.</summary>
public sealed class LocalPostgresException(string message, Exception? inner = null) : Exception(message, inner);
