using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SecChange.Storage.Tests;

/// <summary>
/// A register as SecChange wrote it at schema version 1 (Fixtures/schema-v1-register.json: the sample
/// register and the README's steps, covering every event type, dumped row by row with class-named
/// events). Inserted with plain SQL into a database that only has migration 1 applied.
/// </summary>
public static class SchemaV1Fixture
{
    private static readonly HashSet<string> DateColumns =
        ["occurred_on", "raised_on", "last_event_on", "release_date", "dcc_scope_baselined_on", "full_scope_baselined_on", "date"];

    private static readonly HashSet<string> BoolColumns = ["accepts_dcc_system_changes", "accepts_duis_changes", "is_working_day"];

    public static JsonElement Tables { get; } =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema-v1-register.json"))).RootElement;

    public static IEnumerable<JsonElement> Rows(string table) => Tables.GetProperty(table).EnumerateArray();

    public static async Task InsertAsync(RegisterDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var tx = await connection.BeginTransactionAsync();
        foreach (var table in Tables.EnumerateObject())
        {
            foreach (var row in table.Value.EnumerateArray())
            {
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                var columns = row.EnumerateObject().ToList();
                cmd.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    Add(cmd, $"@p{i}", Value(columns[i].Name, columns[i].Value));
                }

                await cmd.ExecuteNonQueryAsync();
            }
        }

        await tx.CommitAsync();
        await db.Database.CloseConnectionAsync();
    }

    private static object Value(string column, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.Number when BoolColumns.Contains(column) => value.GetInt32() != 0,
        JsonValueKind.Number => value.GetInt32(),
        _ when DateColumns.Contains(column) => DateOnly.Parse(value.GetString()!),
        _ when column == "recorded_at" => DateTime.SpecifyKind(DateTime.Parse(value.GetString()!), DateTimeKind.Utc),
        _ => value.GetString()!,
    };

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
