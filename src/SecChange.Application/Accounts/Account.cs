using NodaTime;

namespace SecChange.Application.Accounts;

/// <summary>A person who signs in. Only a hash of the password is kept (ASP.NET Core Identity's hasher).</summary>
public sealed record Account(
    string Id,
    string UserName,
    string DisplayName,
    AccountRole Role,
    string? Organisation,
    string PasswordHash,
    int FailedSignIns,
    Instant? LockedUntil,
    Instant CreatedAt)
{
    public static string Normalise(string userName) => userName.Trim().ToUpperInvariant();
}

/// <summary>What an API key may do besides reading what its account may see.</summary>
[Flags]
public enum ApiScopes
{
    Read = 0,
    /// <summary>Take process steps as the key's account.</summary>
    Write = 1,
}

/// <summary>A key for the API, bound to an account; only a hash of the secret is kept.</summary>
public sealed record ApiKey(string Id, string AccountId, string Name, string KeyHash, ApiScopes Scopes, Instant CreatedAt, Instant? RevokedAt);
