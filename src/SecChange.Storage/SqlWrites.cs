using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SecChange.Storage.Rows;
using static SecChange.Storage.SqlReads;

namespace SecChange.Storage;

/// <summary>
/// The writes every process step makes (a modification's list row, its new events, the audit entry) as plain SQL in the
/// session's transaction: on a cold start EF's first save compiles its update pipeline, and a writer would do that while
/// holding the register's write lock.
/// </summary>
internal static class SqlWrites
{
    // Every column of each table written here (a test checks them against the EF model, so a new column is not left out).
    internal const string ModificationColumns =
        "id, series, number, alternative, reference, title, title_search, state, stage, path, proposer_organisation, release_id, " +
        "classification, raised_on, last_event_on, parent, version";

    internal const string EventColumns =
        "modification_id, sequence, occurred_on, recorded_at, actor_name, actor_role, actor_organisation, reason, type, type_version, payload";

    internal const string AuditColumns = "id, at, actor, command, target, details, client";

    /// <summary>
    /// Inserts the row (<paramref name="expectedVersion"/> 0) or updates it only if it is still at that version (the version
    /// is the concurrency token: otherwise someone else changed it, a conflict), then inserts the new events.
    /// </summary>
    public static async Task AppendAsync(DbConnection connection, DbTransaction tx, ModificationRow row, int expectedVersion,
        IEnumerable<EventRow> events, CancellationToken ct)
    {
        await using (var cmd = Command(connection, tx, expectedVersion == 0
            ? $"INSERT INTO modifications ({ModificationColumns}) VALUES ({Parameters(ModificationColumns)})"
            : $"UPDATE modifications SET {Assignments(ModificationColumns)} WHERE id = @id AND version = @expected"))
        {
            Add(cmd, "@id", row.Id);
            Add(cmd, "@series", row.Series);
            Add(cmd, "@number", row.Number);
            Add(cmd, "@alternative", row.Alternative);
            Add(cmd, "@reference", row.Reference);
            Add(cmd, "@title", row.Title);
            Add(cmd, "@title_search", row.TitleSearch);
            Add(cmd, "@state", row.State);
            Add(cmd, "@stage", row.Stage);
            Add(cmd, "@path", row.Path);
            Add(cmd, "@proposer_organisation", row.ProposerOrganisation);
            Add(cmd, "@release_id", row.ReleaseId);
            Add(cmd, "@classification", row.Classification);
            Add(cmd, "@raised_on", row.RaisedOn);
            Add(cmd, "@last_event_on", row.LastEventOn);
            Add(cmd, "@parent", row.Parent);
            Add(cmd, "@version", row.Version);
            Add(cmd, "@expected", expectedVersion);
            if (await cmd.ExecuteNonQueryAsync(ct) == 0)
            {
                throw new DbUpdateConcurrencyException($"{row.Reference} is no longer at version {expectedVersion}.");
            }
        }

        foreach (var e in events)
        {
            await using var cmd = Command(connection, tx, $"INSERT INTO modification_events ({EventColumns}) VALUES ({Parameters(EventColumns)})");
            Add(cmd, "@modification_id", e.ModificationId);
            Add(cmd, "@sequence", e.Sequence);
            Add(cmd, "@occurred_on", e.OccurredOn);
            Add(cmd, "@recorded_at", e.RecordedAt);
            Add(cmd, "@actor_name", e.ActorName);
            Add(cmd, "@actor_role", e.ActorRole);
            Add(cmd, "@actor_organisation", e.ActorOrganisation);
            Add(cmd, "@reason", e.Reason);
            Add(cmd, "@type", e.Type);
            Add(cmd, "@type_version", e.TypeVersion);
            Add(cmd, "@payload", e.Payload);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task AuditAsync(DbConnection connection, DbTransaction tx, AuditRow row, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, $"INSERT INTO audit_log ({AuditColumns}) VALUES ({Parameters(AuditColumns)})");
        Add(cmd, "@id", row.Id);
        Add(cmd, "@at", row.At);
        Add(cmd, "@actor", row.Actor);
        Add(cmd, "@command", row.Command);
        Add(cmd, "@target", row.Target);
        Add(cmd, "@details", row.Details);
        Add(cmd, "@client", row.Client);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string Parameters(string columns) => string.Join(", ", columns.Split(", ").Select(c => "@" + c));

    private static string Assignments(string columns) => string.Join(", ", columns.Split(", ").Skip(1).Select(c => $"{c} = @{c}"));
}
