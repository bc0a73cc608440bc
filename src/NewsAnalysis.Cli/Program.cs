using NewsAnalysis.Cli;

return await CommandLine.RunAsync(args);
