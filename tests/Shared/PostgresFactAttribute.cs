namespace SecChange.Testing;

/// <summary>
/// A test that needs the PostgreSQL server named by SECCHANGE_TEST_POSTGRES. Outside CI it is skipped
/// when none is configured; in CI (CI=true) it always runs, so a missing server fails it.
/// </summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SECCHANGE_TEST_POSTGRES") is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "Set SECCHANGE_TEST_POSTGRES to run this against PostgreSQL (CI always does).";
        }
    }

    public static string Connection =>
        Environment.GetEnvironmentVariable("SECCHANGE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CI requires PostgreSQL: set SECCHANGE_TEST_POSTGRES.");
}
