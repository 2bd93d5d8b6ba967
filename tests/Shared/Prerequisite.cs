namespace SecChange.Testing;

/// <summary>
/// What a test needs from the machine beyond the repository (a PostgreSQL server, Node with the DUIS parser).
/// Locally a missing prerequisite skips the test and says why; in CI (CI=true) everything is provided, so a
/// missing prerequisite fails the test instead of letting it pass or vanish.
/// </summary>
public static class Prerequisite
{
    public const string PostgresVariable = "SECCHANGE_TEST_POSTGRES";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns when <paramref name="available"/>; otherwise skips (locally) or fails (CI) naming what is missing.</summary>
    public static void Require(bool available, string missing)
    {
        if (available)
        {
            return;
        }

        if (InCi)
        {
            throw new InvalidOperationException("CI must provide this prerequisite: " + missing);
        }

        RecordSkip(missing);
        Skip.If(true, missing);
    }

    // scripts/test.sh names a file here and prints each distinct reason after the run: the console
    // logger lists skipped tests but not why.
    private static void RecordSkip(string reason)
    {
        var file = Environment.GetEnvironmentVariable("SECCHANGE_TEST_SKIPS");
        if (!string.IsNullOrEmpty(file))
        {
            File.AppendAllText(file, reason.ReplaceLineEndings(" ") + Environment.NewLine);
        }
    }

    /// <summary>The PostgreSQL server the storage tests use (SECCHANGE_TEST_POSTGRES).</summary>
    public static string Postgres()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        Require(!string.IsNullOrWhiteSpace(connection),
            $"PostgreSQL: set {PostgresVariable} to a connection string (e.g. Host=127.0.0.1;Username=postgres;Password=postgres;Database=postgres).");
        return connection!;
    }

    /// <summary>True when <paramref name="program"/> is an executable file on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
