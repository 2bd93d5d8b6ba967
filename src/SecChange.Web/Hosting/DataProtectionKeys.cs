using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SecChange.Storage;

namespace SecChange.Web.Hosting;

/// <summary>
/// The keys that protect sign-in cookies and anti-forgery tokens, kept in the register's database (table
/// data_protection_keys, created by the schema migrations) so that every instance of the site shares them.
/// </summary>
public sealed class DataProtectionKeysContext(DbContextOptions<DataProtectionKeysContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys").HasKey(k => k.Id);
            e.Property(k => k.Id).HasColumnName("id");
            e.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            e.Property(k => k.Xml).HasColumnName("xml");
        });

    public static IServiceCollection AddSharedDataProtection(IServiceCollection services, StorageOptions storage)
    {
        services.AddDbContext<DataProtectionKeysContext>(o => _ = storage.Provider == StorageProvider.PostgreSql
            ? o.UseNpgsql(storage.ConnectionString)
            : o.UseSqlite(storage.ConnectionString));
        services.AddDataProtection().SetApplicationName("SecChange").PersistKeysToDbContext<DataProtectionKeysContext>();
        return services;
    }
}
