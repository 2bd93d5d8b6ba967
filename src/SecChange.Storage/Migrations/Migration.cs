namespace SecChange.Storage.Migrations;

/// <summary>One versioned schema change, written once per SQL dialect. Applied migrations are never edited:
/// a later change is a new version.</summary>
public sealed record Migration(int Version, string Name, string Sqlite, string PostgreSql);
