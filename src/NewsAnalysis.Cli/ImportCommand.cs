namespace NewsAnalysis.Cli;

/// <summary>`import PATH...`: the web app's import pipeline, from the command line.</summary>
internal static class ImportCommand
{
    public static Task<int> RunAsync(string[] args) =>
        Task.FromResult(CommandLine.Fail("import: not available yet"));
}
