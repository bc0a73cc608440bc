using System.Text.Json;

namespace NewsAnalysis.Web.Jobs;

/// <summary>What the worker does for one kind of job; runs in its own DI scope with the job's JSON payload.</summary>
public sealed record JobHandler(string Kind, Func<IServiceProvider, JsonElement, CancellationToken, Task> Run);
