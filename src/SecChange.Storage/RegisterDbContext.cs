using Microsoft.EntityFrameworkCore;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>The register's tables. The schema itself is created by <see cref="Migrations.SchemaMigrator"/>, never by EF.</summary>
public sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options) : DbContext(options)
{
    public DbSet<ModificationRow> Modifications => Set<ModificationRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<PartyRow> Parties => Set<PartyRow>();
    public DbSet<PersonRow> People => Set<PersonRow>();
    public DbSet<ReleaseRow> Releases => Set<ReleaseRow>();
    public DbSet<CalendarOverrideRow> CalendarOverrides => Set<CalendarOverrideRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModificationRow>(e =>
        {
            e.ToTable("modifications").HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Series).HasColumnName("series");
            e.Property(x => x.Number).HasColumnName("number");
            e.Property(x => x.Alternative).HasColumnName("alternative");
            e.Property(x => x.Reference).HasColumnName("reference");
            e.Property(x => x.Title).HasColumnName("title");
            e.Property(x => x.TitleSearch).HasColumnName("title_search");
            e.Property(x => x.State).HasColumnName("state");
            e.Property(x => x.Stage).HasColumnName("stage");
            e.Property(x => x.Path).HasColumnName("path");
            e.Property(x => x.ProposerOrganisation).HasColumnName("proposer_organisation");
            e.Property(x => x.ReleaseId).HasColumnName("release_id");
            e.Property(x => x.Classification).HasColumnName("classification");
            e.Property(x => x.RaisedOn).HasColumnName("raised_on");
            e.Property(x => x.LastEventOn).HasColumnName("last_event_on");
            e.Property(x => x.Parent).HasColumnName("parent");
            e.Property(x => x.Version).HasColumnName("version").IsConcurrencyToken();
        });
        modelBuilder.Entity<EventRow>(e =>
        {
            e.ToTable("modification_events").HasKey(x => new { x.ModificationId, x.Sequence });
            e.Property(x => x.ModificationId).HasColumnName("modification_id");
            e.Property(x => x.Sequence).HasColumnName("sequence");
            e.Property(x => x.OccurredOn).HasColumnName("occurred_on");
            e.Property(x => x.RecordedAt).HasColumnName("recorded_at");
            e.Property(x => x.ActorName).HasColumnName("actor_name");
            e.Property(x => x.ActorRole).HasColumnName("actor_role");
            e.Property(x => x.ActorOrganisation).HasColumnName("actor_organisation");
            e.Property(x => x.Reason).HasColumnName("reason");
            e.Property(x => x.Type).HasColumnName("type");
            e.Property(x => x.Payload).HasColumnName("payload");
        });
        modelBuilder.Entity<PartyRow>(e =>
        {
            e.ToTable("parties").HasKey(x => x.Name);
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.Category).HasColumnName("category");
        });
        modelBuilder.Entity<PersonRow>(e =>
        {
            e.ToTable("people").HasKey(x => new { x.Name, x.Organisation });
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.Organisation).HasColumnName("organisation");
            e.Property(x => x.Role).HasColumnName("role");
        });
        modelBuilder.Entity<ReleaseRow>(e =>
        {
            e.ToTable("releases").HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.ReleaseDate).HasColumnName("release_date");
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.AcceptsDccSystemChanges).HasColumnName("accepts_dcc_system_changes");
            e.Property(x => x.AcceptsDuisChanges).HasColumnName("accepts_duis_changes");
            e.Property(x => x.DccScopeBaselinedOn).HasColumnName("dcc_scope_baselined_on");
            e.Property(x => x.FullScopeBaselinedOn).HasColumnName("full_scope_baselined_on");
        });
        modelBuilder.Entity<CalendarOverrideRow>(e =>
        {
            e.ToTable("calendar_overrides").HasKey(x => x.Date);
            e.Property(x => x.Date).HasColumnName("date");
            e.Property(x => x.IsWorkingDay).HasColumnName("is_working_day");
            e.Property(x => x.Reason).HasColumnName("reason");
        });
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit_log").HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.At).HasColumnName("at");
            e.Property(x => x.Actor).HasColumnName("actor");
            e.Property(x => x.Command).HasColumnName("command");
            e.Property(x => x.Target).HasColumnName("target");
            e.Property(x => x.Details).HasColumnName("details");
        });
    }
}
