using System.Data.Common;
using System.Text;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Modifications;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>
/// The reads every command makes (a modification's events, the list projection, the calendar's holidays and overrides) as plain
/// SQL over an open connection: they skip building the EF model, which dominates a short command's run time.
/// </summary>
internal static class SqlReads
{
    private const string EventColumns =
        "modification_id, sequence, occurred_on, recorded_at, actor_name, actor_role, actor_organisation, reason, type, payload";

    private const string SummaryColumns =
        // Not title_search: it holds the problem and solution texts, searched in SQL but never shown.
        "id, series, number, alternative, reference, title, state, stage, path, proposer_organisation, release_id, " +
        "classification, raised_on, last_event_on, parent, version";

    public static async Task<Modification?> FindAsync(DbConnection connection, DbTransaction? tx, ModificationId id, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, $"SELECT {EventColumns} FROM modification_events WHERE modification_id = @id ORDER BY sequence");
        Add(cmd, "@id", id.ToString());
        var events = await ReadAllAsync(cmd, reader => RowMapping.FromRow(EventRow(reader), id), ct);
        return events.Count == 0 ? null : Modification.Replay(events);
    }

    /// <summary>Several modifications in one query (a page of the register), keyed by id; missing ones are left out.</summary>
    public static async Task<IReadOnlyDictionary<ModificationId, Modification>> FindManyAsync(DbConnection connection, DbTransaction? tx,
        IReadOnlyCollection<ModificationId> ids, CancellationToken ct)
    {
        var found = new Dictionary<ModificationId, Modification>();
        if (ids.Count == 0) return found;
        await using var cmd = Command(connection, tx, "");
        var names = new List<string>();
        foreach (var id in ids.Distinct())
        {
            var name = "@id" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add(name);
            Add(cmd, name, id.ToString());
        }

        cmd.CommandText = $"SELECT {EventColumns} FROM modification_events WHERE modification_id IN ({string.Join(", ", names)}) ORDER BY modification_id, sequence";
        var byId = ids.Distinct().ToDictionary(i => i.ToString());
        var rows = await ReadAllAsync(cmd, EventRow, ct);
        foreach (var group in rows.GroupBy(r => r.ModificationId))
        {
            var id = byId[group.Key];
            found[id] = Modification.Replay(group.Select(r => RowMapping.FromRow(r, id)).ToList());
        }

        return found;
    }

    public static async Task<IReadOnlyList<ModificationSummary>> ListAsync(DbConnection connection, DbTransaction? tx, RegisterFilter filter, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "");
        var sql = new StringBuilder($"SELECT {SummaryColumns} FROM modifications WHERE 1 = 1");
        if (filter.Stage is { } stage) Where(cmd, sql, "stage = @stage", "@stage", StableEnumNames.Name(stage));
        if (filter.State is { } state) Where(cmd, sql, "state = @state", "@state", StableEnumNames.Name(state));
        if (filter.Path is { } path) Where(cmd, sql, "path = @path", "@path", StableEnumNames.Name(path));
        if (filter.Party is { } party) Where(cmd, sql, "lower(proposer_organisation) = @party", "@party", party.ToLowerInvariant());
        if (filter.ReleaseId is { } release) Where(cmd, sql, "lower(release_id) = @release", "@release", release.ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            Where(cmd, sql, "title_search LIKE @text ESCAPE '\\'", "@text", RowMapping.LikePattern(filter.Text));
        }

        sql.Append(" ORDER BY series, number, alternative");
        if (filter.Limit is { } limit)
        {
            sql.Append(" LIMIT @limit");
            Add(cmd, "@limit", limit);
        }

        cmd.CommandText = sql.ToString();
        return await ReadAllAsync(cmd, reader => RowMapping.Summary(new ModificationRow
        {
            Id = reader.GetString(0),
            Series = reader.GetString(1),
            Number = reader.GetInt32(2),
            Alternative = Text(reader, 3),
            Reference = reader.GetString(4),
            Title = reader.GetString(5),
            State = reader.GetString(6),
            Stage = reader.GetString(7),
            Path = reader.GetString(8),
            ProposerOrganisation = Text(reader, 9),
            ReleaseId = Text(reader, 10),
            Classification = reader.GetString(11),
            RaisedOn = reader.GetFieldValue<DateOnly>(12),
            LastEventOn = reader.GetFieldValue<DateOnly>(13),
            Parent = Text(reader, 14),
            Version = reader.GetInt32(15),
        }), ct);
    }

    /// <summary>The highest number used in a series (0 when none): the next Draft Proposal takes the one after it.</summary>
    public static async Task<int> MaxNumberAsync(DbConnection connection, DbTransaction? tx, string series, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "SELECT MAX(number) FROM modifications WHERE series = @series");
        Add(cmd, "@series", series);
        return await cmd.ExecuteScalarAsync(ct) is { } max and not DBNull ? Convert.ToInt32(max, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public static async Task<IReadOnlyList<CalendarOverride>> CalendarOverridesAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "SELECT date, is_working_day, reason FROM calendar_overrides ORDER BY date");
        return await ReadAllAsync(cmd, reader => RowMapping.FromRow(new CalendarOverrideRow
        {
            Date = reader.GetFieldValue<DateOnly>(0),
            IsWorkingDay = reader.GetBoolean(1),
            Reason = reader.GetString(2),
        }), ct);
    }

    public static async Task<IReadOnlyList<BankHoliday>> ImportedBankHolidaysAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "SELECT date, title, notes FROM bank_holidays ORDER BY date");
        return await ReadAllAsync(cmd, reader =>
            RowMapping.FromRow(new BankHolidayRow { Date = reader.GetFieldValue<DateOnly>(0), Title = reader.GetString(1), Notes = reader.GetString(2) }), ct);
    }

    /// <summary>Every row the command returns, mapped in order.</summary>
    private static async Task<List<T>> ReadAllAsync<T>(DbCommand cmd, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var result = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(map(reader));
        }

        return result;
    }

    private static EventRow EventRow(DbDataReader r) => new()
    {
        ModificationId = r.GetString(0),
        Sequence = r.GetInt32(1),
        OccurredOn = r.GetFieldValue<DateOnly>(2),
        RecordedAt = r.GetDateTime(3),
        ActorName = r.GetString(4),
        ActorRole = r.GetString(5),
        ActorOrganisation = Text(r, 6),
        Reason = Text(r, 7),
        Type = r.GetString(8),
        Payload = r.GetString(9),
    };

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static void Where(DbCommand cmd, StringBuilder sql, string condition, string name, object value)
    {
        sql.Append(" AND ").Append(condition);
        Add(cmd, name, value);
    }

    /// <summary>Adds a parameter; a null value is written as SQL NULL.</summary>
    internal static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
