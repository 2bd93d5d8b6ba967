namespace SecChange.Application.Register;

/// <summary>
/// Where the current write comes from (a web request's client address), for the audit log. A host sets it
/// around a request; it flows with the async call, so use cases need no extra parameter. Null on the command line.
/// </summary>
public static class AuditClient
{
    private static readonly AsyncLocal<string?> Address = new();

    public static string? Current => Address.Value;

    /// <summary>Marks writes until the returned scope is disposed as coming from <paramref name="address"/>.</summary>
    public static IDisposable From(string? address)
    {
        var previous = Address.Value;
        Address.Value = address;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Address.Value = previous;
    }
}
