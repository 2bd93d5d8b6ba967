namespace SecChange.Cli.Dcc;

/// <summary>A failure the dcc commands report as one line on stderr with an exit code.</summary>
internal sealed class DccCliException(int exitCode, string message) : Exception(message)
{
    /// <summary>Bad input or a broken rule.</summary>
    public const int BadInput = 2;

    /// <summary>Something named was not found.</summary>
    public const int NotFound = 3;

    public int ExitCode { get; } = exitCode;

    public static DccCliException Bad(string message) => new(BadInput, message);

    public static DccCliException Missing(string message) => new(NotFound, message);
}
