using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// Reads a record written in <see cref="RegisterJson"/>'s shape without System.Text.Json's per-property metadata,
/// which is generic over each property's type and so compiled at run time for every enum and value type a command
/// touches (most of a short command's start-up). It reads only the plain cases the register writes: camelCase names,
/// text, whole numbers, decimals, true and false, stable enum names, dates, modification numbers, lists and nested
/// records. Anything else (a null, a name it does not know, another type) makes it give up, and the caller reads the
/// same text with <see cref="RegisterJson.Options"/>, which gives the value or the error it always gave.
/// </summary>
internal static class PlainRecordReader
{
    private static readonly ConcurrentDictionary<Type, RecordShape?> Shapes = new();

    /// <summary>The record, or false when the JSON or the type is not a plain case.</summary>
    public static bool TryRead(JsonElement json, Type type, out object? value, string? skip = null, string? skipToo = null)
    {
        value = null;
        if (json.ValueKind != JsonValueKind.Object || Shapes.GetOrAdd(type, RecordShape.Of) is not { } shape)
        {
            return false;
        }

        var arguments = new object?[shape.Parameters.Length];
        var given = new bool[arguments.Length];
        // Properties set after construction, and their values (two lists: a list of pairs would be compiled at run time).
        var properties = new List<PropertyInfo>();
        var values = new List<object?>();
        foreach (var field in json.EnumerateObject())
        {
            if (field.Name == skip || field.Name == skipToo)
            {
                continue;
            }

            if (!shape.Members.TryGetValue(field.Name, out var member))
            {
                return false;
            }

            if (member.ReadOnly)
            {
                continue; // computed conveniences are written, never read back
            }

            if (!TryValue(field.Value, member.Type, out var item))
            {
                return false;
            }

            if (member.Parameter < 0)
            {
                if (properties.Contains(member.Property))
                {
                    return false;
                }

                properties.Add(member.Property);
                values.Add(item);
            }
            else if (given[member.Parameter])
            {
                return false;
            }
            else
            {
                arguments[member.Parameter] = item;
                given[member.Parameter] = true;
            }
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            if (!given[i])
            {
                arguments[i] = Missing(shape.Parameters[i]);
            }
        }

        try
        {
            value = shape.Constructor.Invoke(arguments);
            for (var i = 0; i < properties.Count; i++)
            {
                properties[i].SetValue(value, values[i]);
            }

            return true;
        }
        catch (Exception ex) when (ex is TargetInvocationException or ArgumentException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>
    /// What System.Text.Json passes for a constructor parameter the JSON leaves out: its default, else the type's
    /// (a null argument is passed to a value type as its zero value).
    /// </summary>
    private static object? Missing(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return parameter.HasDefaultValue && parameter.DefaultValue is { } value && type.IsEnum ? Enum.ToObject(type, value)
            : parameter.HasDefaultValue ? parameter.DefaultValue
            : null;
    }

    private static bool TryValue(JsonElement json, Type type, out object? value)
    {
        value = null;
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        switch (json.ValueKind)
        {
            case JsonValueKind.String when plain == typeof(string):
                value = json.GetString();
                return true;
            case JsonValueKind.True or JsonValueKind.False when plain == typeof(bool):
                value = json.GetBoolean();
                return true;
            case JsonValueKind.Number when plain == typeof(int) && json.TryGetInt32(out var number):
                value = number;
                return true;
            case JsonValueKind.Number when plain == typeof(decimal) && json.TryGetDecimal(out var amount):
                value = amount;
                return true;
            case JsonValueKind.String when plain.IsEnum:
                return TryEnum(json.GetString()!, plain, out value);
            case JsonValueKind.String when plain == typeof(LocalDate):
                var date = LocalDatePattern.Iso.Parse(json.GetString()!);
                value = date.Success ? date.Value : null;
                return date.Success;
            case JsonValueKind.String when plain == typeof(ModificationId):
                var parsed = ModificationId.TryParse(json.GetString(), out var id);
                value = parsed ? id : null;
                return parsed;
            case JsonValueKind.Array when ListItemType(plain) is { } itemType:
                return TryList(json, itemType, out value);
            case JsonValueKind.Object when plain.IsClass:
                return TryRead(json, plain, out value);
            default:
                return false;
        }
    }

    private static bool TryEnum(string text, Type type, out object? value)
    {
        value = null;
        if (!StableEnumNames.Covers(type) || !StableEnumNames.Of(type).TryParse(text, out var number))
        {
            return false;
        }

        value = Enum.ToObject(type, number);
        return true;
    }

    /// <summary>
    /// A list is read into an array: unlike a <see cref="List{T}"/> of an enum or other value type, an array needs no code
    /// compiled for its item type when the process starts.
    /// </summary>
    private static bool TryList(JsonElement json, Type itemType, out object? value)
    {
        var list = Array.CreateInstance(itemType, json.GetArrayLength());
        var index = 0;
        foreach (var element in json.EnumerateArray())
        {
            if (!TryValue(element, itemType, out var item))
            {
                value = null;
                return false;
            }

            list.SetValue(item, index++);
        }

        value = list;
        return true;
    }

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
