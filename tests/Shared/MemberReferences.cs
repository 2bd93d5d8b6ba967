using System.Reflection;
using System.Reflection.Emit;

namespace SecChange.Testing;

/// <summary>
/// The methods, constructors and fields each method body of an assembly uses, read from its IL, so an
/// architecture test can prove that code never touches the file system or a clock of its own (a check of
/// field types alone misses a <c>File.ReadAllText</c> call).
/// </summary>
public static class MemberReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly HashSet<Type> FileSystemTypes =
    [
        typeof(File), typeof(Directory), typeof(FileInfo), typeof(DirectoryInfo), typeof(FileSystemInfo),
        typeof(FileStream), typeof(RandomAccess), typeof(FileSystemWatcher),
    ];

    private static readonly HashSet<string> ClockReads =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "System.Environment.get_TickCount", "System.Environment.get_TickCount64",
    ];

    /// <summary>
    /// True for a member that touches the file system (including a reader or writer opened on a path) or
    /// reads the current time other than through an injected clock. Stopwatch is allowed: it measures how
    /// long work took and decides nothing.
    /// </summary>
    public static bool IsFileSystemOrClock(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var type = member.DeclaringType;
        if (type is null)
        {
            return false;
        }

        if (FileSystemTypes.Contains(type) || type.FullName == "NodaTime.SystemClock")
        {
            return true;
        }

        if (member is ConstructorInfo ctor && (type == typeof(StreamReader) || type == typeof(StreamWriter)))
        {
            return ctor.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string);
        }

        return ClockReads.Contains($"{type.FullName}.{member.Name}");
    }

    /// <summary>Every use, in any method of <paramref name="types"/>, of a member matching <paramref name="forbidden"/>, as "Caller -> Member".</summary>
    public static IReadOnlyList<string> Find(IEnumerable<Type> types, Func<MemberInfo, bool> forbidden)
    {
        var found = new List<string>();
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var member in UsedBy(method).Where(forbidden))
                {
                    found.Add($"{type.FullName}.{method.Name} -> {member.DeclaringType?.FullName}.{member.Name}");
                }
            }
        }

        return found;
    }

    /// <summary>The members a method body calls, constructs, loads or stores.</summary>
    public static IEnumerable<MemberInfo> UsedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = Resolve(module, BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                if (member is not null)
                {
                    yield return member;
                }
            }

            at += OperandSize(op, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
