using Microsoft.Extensions.Hosting;
using Npgsql;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// Creates (or brings up to date) the tables and queries Orleans' ADO.NET clustering reads in PostgreSQL,
/// in the schema the connection string's search path names. Idempotent, and serialised by an advisory lock
/// so silos starting together do not race.
/// </summary>
public sealed class PostgresClusteringSchema(string connectionString) : IHostedService
{
    // An arbitrary constant naming this schema's advisory lock.
    private const long LockKey = 0x5EC0_C1A5_7E12;

    /// <summary>The SQL, shipped with the project (see Sql/README.md).</summary>
    public static string Script { get; } = ReadScript();

    public async Task StartAsync(CancellationToken cancellationToken) => await CreateAsync(connectionString, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs the script in one transaction.</summary>
    public static async Task CreateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand(Script, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string ReadScript()
    {
        using var stream = typeof(PostgresClusteringSchema).Assembly.GetManifestResourceStream("SecChange.Dcc.Cluster.Sql.postgres-clustering.sql")
            ?? throw new InvalidOperationException("The PostgreSQL clustering script is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
