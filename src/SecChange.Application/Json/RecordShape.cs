using System.Reflection;
using System.Text.Json;

namespace SecChange.Application.Json;

/// <summary>
/// How System.Text.Json builds a record, found once per type for <see cref="PlainRecordReader"/>: the constructor it
/// calls (the public parameterless one, else the only public one), and each public property by its JSON (camelCase)
/// name, bound to a constructor parameter of the same name, set after construction, or read-only (skipped on reading).
/// </summary>
internal sealed record RecordShape(ConstructorInfo Constructor, ParameterInfo[] Parameters, IReadOnlyDictionary<string, RecordMember> Members)
{
    /// <summary>The shape, or null for a type this reader leaves to System.Text.Json.</summary>
    public static RecordShape? Of(Type type)
    {
        if (!type.IsClass || type.IsAbstract || type.IsGenericType)
        {
            return null;
        }

        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var constructor = constructors.FirstOrDefault(c => c.GetParameters().Length == 0) ?? (constructors.Length == 1 ? constructors[0] : null);
        if (constructor is null)
        {
            return null;
        }

        var parameters = constructor.GetParameters();
        var members = new Dictionary<string, RecordMember>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            var parameter = Array.FindIndex(parameters, p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            var settable = property.SetMethod is { IsPublic: true };
            if (parameter >= 0 && parameters[parameter].ParameterType != property.PropertyType)
            {
                return null;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!RegisterJson.IsComputedConvenience(type, name))
            {
                members.Add(name, new RecordMember(property, property.PropertyType, parameter, ReadOnly: parameter < 0 && !settable));
            }
        }

        return parameters.All(p => members.Values.Any(m => m.Parameter >= 0 && parameters[m.Parameter] == p))
            ? new RecordShape(constructor, parameters, members)
            : null;
    }
}

/// <summary>One property: its constructor parameter's index (-1: none), and whether reading skips it.</summary>
internal sealed record RecordMember(PropertyInfo Property, Type Type, int Parameter, bool ReadOnly);
