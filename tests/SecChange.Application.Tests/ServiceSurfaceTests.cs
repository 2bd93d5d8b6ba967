using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SecChange.Application.Hosting;
using SecChange.Application.Modifications;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests;

/// <summary>
/// Hosts (the CLI, the web app) see the application layer only through the services <c>AddSecChangeCore</c>
/// registers. What those services hand out must be views: never the <see cref="Modification"/> aggregate,
/// an <see cref="Assessment"/> with its lists, or a list a host could cast back and change.
/// </summary>
public class ServiceSurfaceTests
{
    private static readonly Type[] Aggregates = [typeof(Modification), typeof(Assessment)];

    /// <summary>Every service a host can resolve (the options' rules, calendar and clock are values, not services).</summary>
    private static IReadOnlyList<Type> Services() =>
        new ServiceCollection().AddSecChangeCore().Where(d => d.ImplementationType is not null).Select(d => d.ImplementationType!).ToList();

    private static IEnumerable<MethodInfo> PublicMethods(Type service) =>
        service.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

    [Fact]
    public void Services_WhenInspected_IncludeEveryUseCaseHostsCall()
    {
        Services().ShouldContain(typeof(ModificationService));
        Services().Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void PublicMethods_OfEveryService_ReturnNoAggregateAndNoMutableList()
    {
        var found = Services().SelectMany(s => PublicMethods(s).SelectMany(m =>
            Forbidden(m.ReturnType, []).Select(why => $"{s.Name}.{m.Name} returns {why}"))).ToList();

        found.ShouldBeEmpty();
    }

    [Fact]
    public void PublicMethods_OfEveryService_TakeNoAggregate()
    {
        var found = Services().SelectMany(s => PublicMethods(s).SelectMany(m => m.GetParameters()
            .Where(p => Mentions(p.ParameterType, Aggregates))
            .Select(p => $"{s.Name}.{m.Name}({p.Name})"))).ToList();

        found.ShouldBeEmpty();
    }

    /// <summary>A web form can call every use case: its arguments are values, never code run against the aggregate or a meeting.</summary>
    [Fact]
    public void PublicMethods_OfEveryService_TakeNoDelegate()
    {
        var found = Services().SelectMany(s => PublicMethods(s).SelectMany(m => m.GetParameters()
            .Where(p => typeof(Delegate).IsAssignableFrom(p.ParameterType))
            .Select(p => $"{s.Name}.{m.Name}({p.Name})"))).ToList();

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Forbidden_WhenAViewWouldExposeAnAggregateOrAList_NamesIt()
    {
        Forbidden(typeof(Task<Modification>), []).ShouldNotBeEmpty();
        Forbidden(typeof(Task<IReadOnlyList<Assessment>>), []).ShouldNotBeEmpty();
        Forbidden(typeof(Task<List<string>>), []).ShouldNotBeEmpty();
        Forbidden(typeof(Task<StepResult>), []).ShouldBeEmpty();
    }

    /// <summary>
    /// What in a type a host could use to change state: the aggregates, or a List or array, in the type, its
    /// type arguments, or (for the project's own types) any public property, followed down.
    /// </summary>
    private static IEnumerable<string> Forbidden(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        if (Aggregates.Contains(type))
        {
            yield return type.Name;
            yield break;
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
        {
            yield return $"a mutable {type.Name}";
            yield break;
        }

        var inner = type.IsGenericType ? type.GetGenericArguments() : [];
        var properties = type.Namespace?.StartsWith("SecChange", StringComparison.Ordinal) == true && !type.IsEnum
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
            : [];
        foreach (var t in inner.Concat(properties).ToList())
        {
            foreach (var why in Forbidden(t, seen))
            {
                yield return $"{type.Name} -> {why}";
            }
        }
    }

    private static bool Mentions(Type type, Type[] forbidden) =>
        forbidden.Contains(type) || (type.IsGenericType && type.GetGenericArguments().Any(t => Mentions(t, forbidden)));
}
