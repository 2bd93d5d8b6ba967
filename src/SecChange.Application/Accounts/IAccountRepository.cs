namespace SecChange.Application.Accounts;

/// <summary>Accounts and API keys, inside the register session's transaction (so an account change and its audit entry commit together).</summary>
public interface IAccountRepository
{
    Task<Account?> FindByIdAsync(string id, CancellationToken ct = default);
    Task<Account?> FindByUserNameAsync(string userName, CancellationToken ct = default);
    Task<IReadOnlyList<Account>> AllAsync(CancellationToken ct = default);
    Task<bool> AnyAsync(CancellationToken ct = default);

    /// <summary>Adds the account, or updates the one with its id.</summary>
    Task SaveAsync(Account account, CancellationToken ct = default);

    Task<ApiKey?> FindApiKeyByHashAsync(string keyHash, CancellationToken ct = default);
    Task<IReadOnlyList<ApiKey>> ApiKeysAsync(string accountId, CancellationToken ct = default);
    Task SaveApiKeyAsync(ApiKey key, CancellationToken ct = default);
}
