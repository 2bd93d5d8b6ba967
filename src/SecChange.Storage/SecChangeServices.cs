using Microsoft.Extensions.DependencyInjection;
using SecChange.Application.Hosting;
using SecChange.Application.Register;

namespace SecChange.Storage;

/// <summary>The one call a host makes to get SecChange: the store over the chosen database, and the core over it.</summary>
public static class SecChangeServices
{
    public static IServiceCollection AddSecChange(this IServiceCollection services, StorageOptions storage, SecChangeOptions? options = null)
    {
        services.AddSingleton(storage);
        services.AddSingleton<EfRegisterStore>();
        services.AddSingleton<IRegisterStore>(sp => sp.GetRequiredService<EfRegisterStore>());
        return services.AddSecChangeCore(options);
    }
}
