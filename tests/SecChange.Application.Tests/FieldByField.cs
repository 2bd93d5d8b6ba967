using System.Collections;
using System.Reflection;

namespace SecChange.Application.Tests;

/// <summary>Compares two values property by property (lists item by item), naming the first field that differs.</summary>
public static class FieldByField
{
    public static void ShouldMatch(object? actual, object? expected, string path = "$")
    {
        if (expected is null || actual is null)
        {
            actual.ShouldBe(expected, path);
            return;
        }

        switch (expected)
        {
            case string or ValueType:
                actual.ShouldBe(expected, path);
                return;
            case IEnumerable items:
                var want = items.Cast<object?>().ToList();
                var got = ((IEnumerable)actual).Cast<object?>().ToList();
                got.Count.ShouldBe(want.Count, $"{path}: number of items");
                for (var i = 0; i < want.Count; i++) ShouldMatch(got[i], want[i], $"{path}[{i}]");
                return;
            default:
                actual.GetType().ShouldBe(expected.GetType(), path);
                foreach (var p in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    ShouldMatch(p.GetValue(actual), p.GetValue(expected), $"{path}.{p.Name}");
                }

                return;
        }
    }
}
