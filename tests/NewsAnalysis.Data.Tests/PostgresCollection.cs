using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Data.Tests;

/// <summary>Every database test shares one throwaway PostgreSQL and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
