namespace NewsAnalysis.Cli;

/// <summary>Dispatches the verbs; each verb lives in its own class.</summary>
internal static class CommandLine
{
    private const string Usage = """
        NewsAnalysis command line

          analyze FILE|-            analyse one article (UTF-8 text); JSON on stdout
          analyze --jsonl FILE|-    JSON Lines {"id","text"} in; {"id","result"} per line out
          train TARGET [options]    rebuild a shipped model from the dev corpora (see 'train --help')
          eval CHECK PATH...        score the engine on a corpus (see 'eval --help')
          import PATH...            import articles into the database (see 'import --help')
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await Console.Error.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "analyze" => await AnalyzeCommand.RunAsync(rest),
                "train" => await TrainCommand.RunAsync(rest),
                "eval" => await EvalCommand.RunAsync(rest),
                "import" => await ImportCommand.RunAsync(rest),
                _ => Fail($"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (UsageException e)
        {
            return Fail(e.Message);
        }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}

/// <summary>The command line was wrong: the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
