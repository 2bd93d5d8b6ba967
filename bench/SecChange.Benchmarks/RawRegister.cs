using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Benchmarks;

/// <summary>The raw floor: the same rows read with plain ADO.NET (Microsoft.Data.Sqlite), no EF Core.</summary>
public static class RawRegister
{
    public const string EventsSql =
        "SELECT modification_id, sequence, occurred_on, recorded_at, actor_name, actor_role, actor_organisation, reason, type, payload " +
        "FROM modification_events ORDER BY modification_id, sequence";

    /// <summary>The columns and order EF Core selects for a list query (see --print-sql).</summary>
    private const string ListColumns =
        "SELECT m.id, m.alternative, m.classification, m.last_event_on, m.number, m.parent, m.path, m.proposer_organisation, " +
        "m.raised_on, m.reference, m.release_id, m.series, m.stage, m.state, m.title, m.title_search, m.version FROM modifications AS m ";

    private const string ListOrder = " ORDER BY m.series, m.number, m.alternative";

    public const string StageAndTextSql = ListColumns + "WHERE m.stage = @stage AND m.title_search LIKE @pattern ESCAPE '\\'" + ListOrder;

    public const string ReleaseSql = ListColumns + "WHERE m.release_id IS NOT NULL AND lower(m.release_id) = @release" + ListOrder;

    /// <summary>The release filter as a plain equality, which can use ix_modifications_release (what the suggested fix would run).</summary>
    public const string ReleaseIndexedSql = ListColumns + "WHERE m.release_id = @release" + ListOrder;

    public const string AllSql = ListColumns + "ORDER BY m.series, m.number, m.alternative";

    /// <summary>Where the characters read are summed, so that no read can be optimised away.</summary>
    public static long Sink { get; private set; }

    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Every event row, every column read as a string. Returns the rows read.</summary>
    public static long ReadEvents(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = EventsSql;
        using var reader = command.ExecuteReader();
        long rows = 0, chars = 0;
        while (reader.Read())
        {
            for (var c = 0; c < 10; c++)
            {
                if (!reader.IsDBNull(c)) chars += reader.GetString(c).Length;
            }

            rows++;
        }

        Sink = chars;
        return rows;
    }

    /// <summary>Every event row as strings, with its payload deserialized into a <see cref="ModificationChange"/>.</summary>
    public static long ReadEventsWithJson(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = EventsSql;
        using var reader = command.ExecuteReader();
        long rows = 0, chars = 0;
        while (reader.Read())
        {
            for (var c = 0; c < 9; c++)
            {
                if (!reader.IsDBNull(c)) chars += reader.GetString(c).Length;
            }

            var change = JsonSerializer.Deserialize<ModificationChange>(reader.GetString(9), RegisterJson.Options)!;
            rows += change is null ? 0 : 1;
        }

        Sink = chars;
        return rows;
    }

    /// <summary>Every event row as a typed <see cref="ModificationEvent"/> (typed columns and JSON payload), not replayed.</summary>
    public static long ReadTypedEvents(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = EventsSql;
        using var reader = command.ExecuteReader();
        long rows = 0;
        string? current = null;
        ModificationId id = default;
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (key != current)
            {
                current = key;
                id = ModificationId.Parse(key);
            }

            var e = ReadEvent(reader, id);
            rows += e.Sequence > 0 ? 1 : 0;
        }

        return rows;
    }

    /// <summary>What the store's full load does, by hand: typed columns, JSON payloads and replay into modifications.</summary>
    public static List<Modification> LoadAllByHand(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = EventsSql;
        using var reader = command.ExecuteReader();
        var result = new List<Modification>();
        var batch = new List<ModificationEvent>();
        string? current = null;
        ModificationId id = default;
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (key != current)
            {
                if (batch.Count > 0) result.Add(Modification.Replay(batch));
                batch = [];
                current = key;
                id = ModificationId.Parse(key);
            }

            batch.Add(ReadEvent(reader, id));
        }

        if (batch.Count > 0) result.Add(Modification.Replay(batch));
        return result;
    }

    /// <summary>One event from its row: the same typed reads EF Core's SQLite provider makes, then what RowMapping.FromRow does.</summary>
    private static ModificationEvent ReadEvent(SqliteDataReader reader, ModificationId id) => new(
        id,
        reader.GetInt32(1),
        LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(2)),
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)),
        new Actor(reader.GetString(4), Enum.Parse<ActorRole>(reader.GetString(5)), reader.IsDBNull(6) ? null : reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        JsonSerializer.Deserialize<ModificationChange>(reader.GetString(9), RegisterJson.Options)!);

    /// <summary>A list query's rows, every column read (strings and integers), as EF Core reads them before mapping.</summary>
    public static int ReadList(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        int rows = 0, chars = 0;
        while (reader.Read())
        {
            for (var c = 0; c < 17; c++)
            {
                if (c is 4 or 16) chars += reader.GetInt32(c);
                else if (!reader.IsDBNull(c)) chars += reader.GetString(c).Length;
            }

            rows++;
        }

        Sink = chars;
        return rows;
    }
}
