using SecChange.Storage;

namespace SecChange.Web.Hosting;

/// <summary>
/// Where the register is, from the same settings the CLI takes: --postgres (or SECCHANGE_POSTGRES) for a
/// PostgreSQL server, else --db (or SECCHANGE_DB) for a SQLite file, ./secchange.db by default.
/// </summary>
public sealed record WebSettings(StorageOptions Storage, bool Demo)
{
    public static WebSettings From(IConfiguration configuration)
    {
        var storage = StorageOptions.Choose(configuration["postgres"] ?? configuration["SECCHANGE_POSTGRES"],
            configuration["db"] ?? configuration["SECCHANGE_DB"]);
        // Demo accounts are opened on a register that has no accounts yet, unless told not to.
        var demo = !string.Equals(configuration["demo"], "false", StringComparison.OrdinalIgnoreCase);
        return new WebSettings(storage, demo);
    }

    public string Describe() => Storage.Describe();
}
