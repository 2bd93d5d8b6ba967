using Microsoft.Extensions.DependencyInjection;
using SecChange.Application.Register;

namespace SecChange.Application.Hosting;

/// <summary>
/// Gets the register ready once, when a host starts: the one place that creates or upgrades the schema.
/// Use cases never migrate; a host calls <see cref="RegisterStartupExtensions.EnsureRegisterReadyAsync"/> before serving.
/// </summary>
public sealed class RegisterStartup(IRegisterStore store)
{
    public Task EnsureReadyAsync(CancellationToken ct = default) => store.MigrateAsync(ct);
}

public static class RegisterStartupExtensions
{
    /// <summary>Creates or upgrades the register's schema; call once at host start-up.</summary>
    public static Task EnsureRegisterReadyAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<RegisterStartup>().EnsureReadyAsync(ct);
}
