using System.Reflection;
using SecChange.Application.Modifications;
using SecChange.Cli;
using SecChange.Domain.Modifications;

namespace SecChange.Cli.Tests;

/// <summary>The CLI is a host like the web app: it renders views from the application layer and never touches the aggregate.</summary>
public class ArchitectureTests
{
    private static readonly Type[] Aggregates = [typeof(Modification), typeof(Assessment)];

    private static Type[] CliTypes => typeof(CliApp).Assembly.GetTypes();

    [Fact]
    public void CliAssembly_WhenInspected_UsesNoMemberOfTheModificationAggregate()
    {
        MemberReferences.Find(CliTypes, m => Aggregates.Contains(m.DeclaringType)).ShouldBeEmpty();
    }

    [Fact]
    public void CliAssembly_WhenInspected_DeclaresNothingOfAnAggregateType()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = CliTypes.SelectMany(t =>
                t.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)
                    .Where(Mentions).Select(_ => $"{t.FullName}.{m.Name}"))
                .Concat(t.GetFields(all).Where(f => Mentions(f.FieldType)).Select(f => $"{t.FullName}.{f.Name}")))
            .Distinct().ToList();

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Checks_OnTheApplicationLayer_FindTheAggregateItUses()
    {
        MemberReferences.Find(typeof(ModificationService).Assembly.GetTypes(), m => Aggregates.Contains(m.DeclaringType)).ShouldNotBeEmpty();
        Mentions(typeof(Func<Modification, IReadOnlyList<ModificationChange>>)).ShouldBeTrue();
    }

    private static bool Mentions(Type type) =>
        Aggregates.Contains(type) || (type.HasElementType && Mentions(type.GetElementType()!)) ||
        (type.IsGenericType && type.GetGenericArguments().Any(Mentions));
}
