using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Cli.Tests.Import;

/// <summary>The import command's tests share one throwaway PostgreSQL and run one at a time (they also swap stderr).</summary>
[CollectionDefinition(Name)]
public sealed class CliPostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "CliPostgres";
}
