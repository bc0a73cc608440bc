using System.Diagnostics;
using System.Text;

namespace NewsAnalysis.Cli.Tests;

/// <summary>Runs the built command line as the outside world does: a separate process, stdin in, stdout and stderr out.</summary>
internal static class CliProcess
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "NewsAnalysis.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
