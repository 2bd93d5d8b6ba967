using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

public class ArchitectureTests
{
    [Fact]
    public void ModelAssembly_DependsOnlyOnTheRuntimeAndNodaTime()
    {
        var references = typeof(DccSystem).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldContain("NodaTime");
        references.ShouldAllBe(name => name == "NodaTime" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name == "Microsoft.Win32.Primitives");
        references.ShouldNotContain(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }

    [Fact]
    public void ModelAssembly_ReadsNoFilesAndNoClockOfItsOwn()
    {
        var forbidden = new[] { typeof(File), typeof(Directory), typeof(FileStream) };
        var modelTypes = typeof(DccSystem).Assembly.GetTypes();
        foreach (var type in modelTypes)
        {
            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            {
                forbidden.ShouldNotContain(field.FieldType, $"{type.Name}.{field.Name}");
            }
        }

        // The only clock is the injected NodaTime IClock.
        typeof(DccSystem).GetConstructors().ShouldAllBe(c => c.GetParameters().Any(p => p.ParameterType == typeof(NodaTime.IClock)));
    }

    [Theory]
    [InlineData(DeviceType.ESME, true)]
    [InlineData(DeviceType.GSME, true)]
    [InlineData(DeviceType.GPF, true)]
    [InlineData(DeviceType.CHF, true)]
    [InlineData(DeviceType.PPMID, false)]
    [InlineData(DeviceType.HCALCS, false)]
    [InlineData(DeviceType.IHD, false)]
    public void Applicability_OfReadFirmwareVersion_FollowsGbcsUseCases(DeviceType type, bool applies)
    {
        ServiceApplicability.Default.For("11.2").Contains(type).ShouldBe(applies);
    }

    [Fact]
    public void Applicability_WhenServiceReferenceUnmapped_AppliesToEveryDeviceWithStatus()
    {
        var any = ServiceApplicability.Default.For("11.3");
        ServiceApplicability.Default.Maps("11.3").ShouldBeFalse();
        any.Contains(DeviceType.HCALCS).ShouldBeTrue();
        any.Contains(DeviceType.IHD).ShouldBeFalse();
    }
}
