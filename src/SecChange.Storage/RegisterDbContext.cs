using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>The register's tables. The schema itself is created by <see cref="Migrations.SchemaMigrator"/>, never by EF.</summary>
public sealed partial class RegisterDbContext(DbContextOptions<RegisterDbContext> options) : DbContext(options)
{
    public DbSet<ModificationRow> Modifications => Set<ModificationRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<PartyRow> Parties => Set<PartyRow>();
    public DbSet<PersonRow> People => Set<PersonRow>();
    public DbSet<ReleaseRow> Releases => Set<ReleaseRow>();
    public DbSet<CalendarOverrideRow> CalendarOverrides => Set<CalendarOverrideRow>();
    public DbSet<BankHolidayRow> BankHolidays => Set<BankHolidayRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<ChangeBoardMemberRow> ChangeBoardMembers => Set<ChangeBoardMemberRow>();
    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();
    public DbSet<ActionRow> Actions => Set<ActionRow>();
    public DbSet<AccountRow> Accounts => Set<AccountRow>();
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModificationRow>(e =>
        {
            e.ToTable("modifications").HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<EventRow>().ToTable("modification_events").HasKey(x => new { x.ModificationId, x.Sequence });
        modelBuilder.Entity<PartyRow>().ToTable("parties").HasKey(x => x.Name);
        modelBuilder.Entity<PersonRow>().ToTable("people").HasKey(x => new { x.Name, x.Organisation });
        modelBuilder.Entity<ReleaseRow>().ToTable("releases").HasKey(x => x.Id);
        modelBuilder.Entity<CalendarOverrideRow>().ToTable("calendar_overrides").HasKey(x => x.Date);
        modelBuilder.Entity<BankHolidayRow>().ToTable("bank_holidays").HasKey(x => x.Date);
        modelBuilder.Entity<AuditRow>().ToTable("audit_log").HasKey(x => x.Id);
        modelBuilder.Entity<AccountRow>().ToTable("accounts").HasKey(x => x.Id);
        modelBuilder.Entity<ApiKeyRow>().ToTable("api_keys").HasKey(x => x.Id);
        modelBuilder.Entity<ChangeBoardMemberRow>().ToTable("change_board_members").HasKey(x => x.Name);
        modelBuilder.Entity<MeetingRow>(e =>
        {
            e.ToTable("meetings").HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ActionRow>(e =>
        {
            e.ToTable("actions").HasKey(x => x.Reference);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        // Columns are the properties' names in snake_case, as the schema scripts write them.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            property.SetColumnName(SnakeCase().Replace(property.Name, "$1_$2").ToLowerInvariant());
        }
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCase();
}
