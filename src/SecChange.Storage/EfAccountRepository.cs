using Microsoft.EntityFrameworkCore;
using NodaTime;
using SecChange.Application.Accounts;
using SecChange.Application.Json;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>Accounts and API keys in the register's database, on the session's context and transaction.</summary>
internal sealed class EfAccountRepository(RegisterDbContext db) : IAccountRepository
{
    public Task<Account?> FindByIdAsync(string id, CancellationToken ct = default) => Guard.RunAsync(async () =>
        await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } row ? FromRow(row) : null, "read the accounts");

    public Task<Account?> FindByUserNameAsync(string userName, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var normalised = Account.Normalise(userName);
        return await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedUserName == normalised, ct) is { } row ? FromRow(row) : null;
    }, "read the accounts");

    public Task<IReadOnlyList<Account>> AllAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Account>)(await db.Accounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct)).Select(FromRow).ToList(), "read the accounts");

    public Task<bool> AnyAsync(CancellationToken ct = default) => Guard.RunAsync(() => db.Accounts.AnyAsync(ct), "read the accounts");

    public Task SaveAsync(Account account, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var row = await db.Accounts.AsTracking().FirstOrDefaultAsync(a => a.Id == account.Id, ct);
        if (row is null)
        {
            row = new AccountRow { Id = account.Id };
            db.Accounts.Add(row);
        }

        row.UserName = account.UserName;
        row.NormalizedUserName = Account.Normalise(account.UserName);
        row.DisplayName = account.DisplayName;
        row.Role = StableEnumNames.Name(account.Role);
        row.Organisation = account.Organisation;
        row.PasswordHash = account.PasswordHash;
        row.FailedSignIns = account.FailedSignIns;
        row.LockedUntil = account.LockedUntil?.ToDateTimeUtc();
        row.CreatedAt = account.CreatedAt.ToDateTimeUtc();
        await db.SaveChangesAsync(ct);
    }, "save the account");

    public Task<ApiKey?> FindApiKeyByHashAsync(string keyHash, CancellationToken ct = default) => Guard.RunAsync(async () =>
        await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == keyHash, ct) is { } row ? FromRow(row) : null, "read the API keys");

    public Task<IReadOnlyList<ApiKey>> ApiKeysAsync(string accountId, CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<ApiKey>)(await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).OrderBy(k => k.CreatedAt).ToListAsync(ct))
            .Select(FromRow).ToList(), "read the API keys");

    public Task SaveApiKeyAsync(ApiKey key, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var row = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == key.Id, ct);
        if (row is null)
        {
            row = new ApiKeyRow { Id = key.Id };
            db.ApiKeys.Add(row);
        }

        row.AccountId = key.AccountId;
        row.Name = key.Name;
        row.KeyHash = key.KeyHash;
        row.Scopes = ((int)key.Scopes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        row.CreatedAt = key.CreatedAt.ToDateTimeUtc();
        row.RevokedAt = key.RevokedAt?.ToDateTimeUtc();
        await db.SaveChangesAsync(ct);
    }, "save the API key");

    private static Account FromRow(AccountRow r) => new(
        r.Id, r.UserName, r.DisplayName, StableEnumNames.Parse<AccountRole>(r.Role), r.Organisation, r.PasswordHash, r.FailedSignIns,
        r.LockedUntil is { } locked ? Utc(locked) : null, Utc(r.CreatedAt));

    private static ApiKey FromRow(ApiKeyRow r) => new(
        r.Id, r.AccountId, r.Name, r.KeyHash, (ApiScopes)int.Parse(r.Scopes, System.Globalization.CultureInfo.InvariantCulture),
        Utc(r.CreatedAt), r.RevokedAt is { } revoked ? Utc(revoked) : null);

    private static Instant Utc(DateTime at) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
