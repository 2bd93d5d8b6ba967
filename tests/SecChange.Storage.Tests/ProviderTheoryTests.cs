using System.Reflection;

namespace SecChange.Storage.Tests;

/// <summary>A test run on both databases is skipped, with its reason, where no PostgreSQL server is given, never failed.</summary>
public class ProviderTheoryTests
{
    [Fact]
    public void EveryTestOverBothDatabases_WhenDeclared_IsSkippable()
    {
        var plain = typeof(ProviderTheoryTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<MemberDataAttribute>().Any(d => d.MemberName == nameof(TestStores.Providers)))
            .Where(m => m.GetCustomAttribute<SkippableTheoryAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        plain.ShouldBeEmpty();
    }
}
