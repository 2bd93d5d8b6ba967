namespace SecChange.Testing;

/// <summary>
/// A test that needs the PostgreSQL server named by SECCHANGE_TEST_POSTGRES: it reads the server from
/// <see cref="Connection"/>, which skips the test with the reason when none is configured (fails it in CI).
/// </summary>
public sealed class PostgresFactAttribute : SkippableFactAttribute
{
    public static string Connection => Prerequisite.Postgres();
}
