using System.Data.Common;

namespace SecChange.Storage;

/// <summary>
/// PostgreSQL advisory locks held until the transaction ends. They serialise only the writers that would
/// otherwise collide (two migrations, two allocations of the next number, two steps on one modification)
/// and leave every other write free. Keys are per schema, so registers side by side never wait on each other.
/// </summary>
internal static class PostgresLocks
{
    // The first half of each two-part key names what is locked; the second is a hash of the schema and the name.
    private const int Migration = 0x5EC0001;
    private const int Numbering = 0x5EC0002;
    private const int Modification = 0x5EC0003;

    public static string MigrationSql => $"SELECT pg_advisory_xact_lock({Migration}, hashtext(current_schema()))";

    /// <summary>Until commit, no other transaction allocates a number in this series.</summary>
    public static Task NumberingAsync(DbConnection connection, DbTransaction? tx, string series, CancellationToken ct) =>
        LockAsync(connection, tx, Numbering, series, ct);

    /// <summary>Until commit, no other writer reads this modification to change it.</summary>
    public static Task ModificationAsync(DbConnection connection, DbTransaction? tx, string id, CancellationToken ct) =>
        LockAsync(connection, tx, Modification, id, ct);

    private static async Task LockAsync(DbConnection connection, DbTransaction? tx, int kind, string name, CancellationToken ct)
    {
        await using var cmd = SqlReads.Command(connection, tx, "SELECT pg_advisory_xact_lock(@kind, hashtext(current_schema() || ':' || @name))");
        SqlReads.Add(cmd, "@kind", kind);
        SqlReads.Add(cmd, "@name", name);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
