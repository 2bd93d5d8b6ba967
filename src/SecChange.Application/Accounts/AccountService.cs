using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;

namespace SecChange.Application.Accounts;

/// <summary>What someone asks for when an account is opened.</summary>
public sealed record NewAccount(string UserName, string DisplayName, AccountRole Role, string? Organisation, string Password);

/// <summary>The outcome of a sign-in attempt; a failure does not say whether the user name exists.</summary>
public sealed record SignInResult(Account? Account, Instant? LockedUntil)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Accounts, sign-in and API keys. Passwords are hashed with ASP.NET Core Identity's hasher; repeated wrong
/// passwords lock the account for a while (sign-in throttling); every change is audited in the same transaction.
/// </summary>
public sealed class AccountService(RegisterCore core, IPasswordHasher<Account> hasher)
{
    public const int LockoutAfterFailures = 5;
    public static readonly Duration LockoutFor = Duration.FromMinutes(15);
    public const int MinimumPasswordLength = 10;

    /// <summary>Opens an account; only a SECAS administrator may (or the system, at first start, with <paramref name="by"/> null).</summary>
    public async Task<Account> CreateAsync(NewAccount request, Viewer? by, CancellationToken ct = default)
    {
        if (by is not null && by.Role != AccountRole.SecasAdministrator)
        {
            throw DomainException.Broken("Only a SECAS administrator may open accounts.");
        }

        var userName = Required(request.UserName, "user name");
        var displayName = Required(request.DisplayName, "display name");
        if (request.Role == AccountRole.None)
        {
            throw DomainException.Invalid("Choose the account's role.");
        }

        if (request.Role == AccountRole.PartyRepresentative && string.IsNullOrWhiteSpace(request.Organisation))
        {
            throw DomainException.Invalid("A Party representative's account names the Party it represents.");
        }

        if (request.Password.Length < MinimumPasswordLength)
        {
            throw DomainException.Invalid($"The password must be at least {MinimumPasswordLength} characters long.");
        }

        await using var session = await core.WriteAsync(ct);
        if (await session.Accounts.FindByUserNameAsync(userName, ct) is not null)
        {
            throw DomainException.Conflict($"There is already an account named {userName}.");
        }

        var now = core.Clock.GetCurrentInstant();
        var account = new Account(Guid.NewGuid().ToString("N"), userName, displayName, request.Role,
            string.IsNullOrWhiteSpace(request.Organisation) ? null : request.Organisation.Trim(), "", 0, null, now);
        account = account with { PasswordHash = hasher.HashPassword(account, request.Password) };
        await session.Accounts.SaveAsync(account, ct);
        await core.AuditAsync(session, (by ?? SystemViewer).AsActor(), "account.open", $"account {userName}",
            $"{displayName}, {request.Role.Describe()}{(account.Organisation is null ? "" : " for " + account.Organisation)}", ct);
        await session.CommitAsync(ct);
        return account;
    }

    /// <summary>Checks a password. Five wrong ones in a row lock the account for 15 minutes, whatever is tried meanwhile.</summary>
    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var account = string.IsNullOrWhiteSpace(userName) || userName.Length > 100 ? null : await session.Accounts.FindByUserNameAsync(userName, ct);
        var now = core.Clock.GetCurrentInstant();
        if (account is null)
        {
            // Hash anyway, so that an unknown name takes as long as a wrong password.
            hasher.VerifyHashedPassword(Dummy.Value, Dummy.Value.PasswordHash, password);
            return new SignInResult(null, null);
        }

        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInResult(null, until);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = account.FailedSignIns + 1;
            var locked = failures >= LockoutAfterFailures ? now + LockoutFor : (Instant?)null;
            await session.Accounts.SaveAsync(account with { FailedSignIns = locked is null ? failures : 0, LockedUntil = locked }, ct);
            if (locked is not null)
            {
                await core.AuditAsync(session, SystemViewer.AsActor(), "account.lock", $"account {account.UserName}",
                    $"Locked until {locked} after {LockoutAfterFailures} wrong passwords", ct);
            }

            await session.CommitAsync(ct);
            return new SignInResult(null, locked);
        }

        var signedIn = account with { FailedSignIns = 0, LockedUntil = null };
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            signedIn = signedIn with { PasswordHash = hasher.HashPassword(signedIn, password) };
        }

        if (signedIn != account)
        {
            await session.Accounts.SaveAsync(signedIn, ct);
            await session.CommitAsync(ct);
        }

        return new SignInResult(signedIn, null);
    }

    public Task<IReadOnlyList<Account>> AllAsync(Viewer by, CancellationToken ct = default) =>
        by.IsSecas ? core.ReadAsync(s => s.Accounts.AllAsync(ct), ct) : throw DomainException.Broken("Only SECAS may list the accounts.");

    public Task<bool> AnyAsync(CancellationToken ct = default) => core.ReadAsync(s => s.Accounts.AnyAsync(ct), ct);

    /// <summary>Issues an API key for the signed-in account; the secret is returned once and only its hash is kept.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateApiKeyAsync(Viewer owner, string name, ApiScopes scopes, CancellationToken ct = default)
    {
        if (owner.AccountId is null)
        {
            throw DomainException.Broken("Sign in to create an API key.");
        }

        var keyName = Required(name, "key name");
        var secret = "sck_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey(Guid.NewGuid().ToString("N"), owner.AccountId, keyName, Hash(secret), scopes, core.Clock.GetCurrentInstant(), null);
        await using var session = await core.WriteAsync(ct);
        await session.Accounts.SaveApiKeyAsync(key, ct);
        await core.AuditAsync(session, owner.AsActor(), "api-key.create", $"account {owner.Name}", $"{keyName} ({Describe(scopes)})", ct);
        await session.CommitAsync(ct);
        return (key, secret);
    }

    public async Task RevokeApiKeyAsync(Viewer owner, string keyId, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var key = (await session.Accounts.ApiKeysAsync(owner.AccountId ?? "", ct)).FirstOrDefault(k => k.Id == keyId)
            ?? throw DomainException.NotFound("There is no such API key on your account.");
        await session.Accounts.SaveApiKeyAsync(key with { RevokedAt = core.Clock.GetCurrentInstant() }, ct);
        await core.AuditAsync(session, owner.AsActor(), "api-key.revoke", $"account {owner.Name}", key.Name, ct);
        await session.CommitAsync(ct);
    }

    public Task<IReadOnlyList<ApiKey>> ApiKeysAsync(Viewer owner, CancellationToken ct = default) =>
        core.ReadAsync(s => s.Accounts.ApiKeysAsync(owner.AccountId ?? "", ct), ct);

    /// <summary>The account and scopes behind an API key's secret, or null when it is unknown or revoked.</summary>
    public async Task<(Account Account, ApiScopes Scopes)?> AuthenticateApiKeyAsync(string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 200) return null;
        await using var session = await core.ReadAsync(ct);
        if (await session.Accounts.FindApiKeyByHashAsync(Hash(secret), ct) is not { RevokedAt: null } key) return null;
        return await session.Accounts.FindByIdAsync(key.AccountId, ct) is { } account ? (account, key.Scopes) : null;
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw DomainException.Invalid($"Give the {field}.") : InputLimits.Line(value.Trim(), field);

    private static string Describe(ApiScopes scopes) => scopes.HasFlag(ApiScopes.Write) ? "read and write" : "read";

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static readonly Viewer SystemViewer = new("system", "SecChange", AccountRole.SecasAdministrator, "SECAS");

    // Hashed on the first unknown user name, not when the service is first touched (hashing is deliberately slow).
    private static readonly Lazy<Account> Dummy = new(() => new Account("", "", "", AccountRole.None, null,
        new PasswordHasher<Account>().HashPassword(null!, "not a password of anyone's"), 0, null, Instant.MinValue));
}
