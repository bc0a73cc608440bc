namespace NewsAnalysis.Web.Database;

/// <summary>A start-up problem with the database whose message tells the operator what to do; logged as one line.</summary>
public sealed class DatabaseStartupException(string message, Exception? inner = null) : Exception(message, inner);
