namespace SecChange.Domain.Errors;

/// <summary>What kind of failure a <see cref="DomainException"/> reports; hosts map each kind once
/// (CLI exit code, HTTP status).</summary>
public enum ErrorKind
{
    /// <summary>Never valid: a default value that was not set.</summary>
    None = 0,
    /// <summary>Malformed or out-of-range input (CLI exit 2, HTTP 400).</summary>
    InvalidInput,
    /// <summary>A process rule refuses the step (CLI exit 2, HTTP 409).</summary>
    RuleBroken,
    /// <summary>The thing named does not exist (CLI exit 3, HTTP 404).</summary>
    NotFound,
    /// <summary>Someone else changed the record since it was read (CLI exit 4, HTTP 409).</summary>
    Conflict,
}

/// <summary>A failure the user can act on, with a one-line message naming the problem.</summary>
public class DomainException(ErrorKind kind, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    public static DomainException Invalid(string message) => new(ErrorKind.InvalidInput, message);
    public static DomainException Broken(string message) => new(ErrorKind.RuleBroken, message);
    public static DomainException NotFound(string message) => new(ErrorKind.NotFound, message);
    public static DomainException Conflict(string message) => new(ErrorKind.Conflict, message);
}
