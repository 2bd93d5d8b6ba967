using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Testing;

namespace SecChange.Application.Tests;

/// <summary>The direction of dependencies: the domain depends on nothing outward, the application on no storage or host.</summary>
public class ArchitectureTests
{
    [Fact]
    public void DomainAssembly_WhenInspected_ReferencesOnlyTheRuntimeAndNodaTime()
    {
        var references = typeof(Modification).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("NodaTime");
        references.Where(n => n != "NodaTime" && !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard")
            .ShouldBeEmpty();
    }

    [Fact]
    public void DomainAssembly_WhenInspected_ReadsNoFilesAndNoClockOfItsOwn()
    {
        MemberReferences.Find(typeof(Modification).Assembly.GetTypes(), MemberReferences.IsFileSystemOrClock).ShouldBeEmpty();
    }

    [Fact]
    public void ApplicationAssembly_WhenInspected_ReferencesNoStorageWebOrCli()
    {
        var references = typeof(RegisterCore).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("SecChange.Domain");
        references.ShouldNotContain(n => n.Contains("EntityFramework", StringComparison.Ordinal) || n.Contains("Npgsql", StringComparison.Ordinal)
            || n.Contains("Sqlite", StringComparison.Ordinal) || n.StartsWith("SecChange.Storage", StringComparison.Ordinal)
            || n.StartsWith("SecChange.Cli", StringComparison.Ordinal) || n.Contains("AspNetCore", StringComparison.Ordinal));
    }
}
