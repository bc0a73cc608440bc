using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NewsAnalysis.Browser.Tests;

/// <summary>A Serilog sink keeping every error the app logs: a browser test fails when the server logged one.</summary>
public sealed class ServerErrors : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> All => _errors.ToArray();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Level >= LogEventLevel.Error)
        {
            _errors.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + logEvent.Exception);
        }
    }

    public void Clear() => _errors.Clear();
}
