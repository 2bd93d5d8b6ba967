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
        MemberReferences.Find(typeof(DccSystem).Assembly.GetTypes(), MemberReferences.IsFileSystemOrClock).ShouldBeEmpty();

        // The only clock is the injected NodaTime IClock.
        typeof(DccSystem).GetConstructors().ShouldAllBe(c => c.GetParameters().Any(p => p.ParameterType == typeof(NodaTime.IClock)));
    }

    [Fact]
    public void FileAndClockCheck_WhenCodeReadsAFileOrTheClock_NamesEachUse()
    {
        var found = MemberReferences.Find([typeof(ReadsFilesAndTheClock)], MemberReferences.IsFileSystemOrClock);

        found.ShouldContain(f => f.EndsWith("System.IO.File.ReadAllText", StringComparison.Ordinal));
        found.ShouldContain(f => f.EndsWith("System.IO.StreamReader..ctor", StringComparison.Ordinal));
        found.ShouldContain(f => f.EndsWith("System.DateTime.get_UtcNow", StringComparison.Ordinal));
        found.ShouldContain(f => f.EndsWith("NodaTime.SystemClock.get_Instance", StringComparison.Ordinal));
        found.Count.ShouldBe(5, string.Join("\n", found));
    }

    /// <summary>What the model must never do, for the check above to find (a stream reader over a stream is fine).</summary>
    private static class ReadsFilesAndTheClock
    {
        public static string Read(string path) => File.ReadAllText(path);

        public static string ReadWithReader(string path)
        {
            using var reader = new StreamReader(path);
            using var fine = new StreamReader(new MemoryStream());
            return reader.ReadToEnd() + fine.ReadToEnd();
        }

        public static DateTime Now() => DateTime.UtcNow;

        public static NodaTime.Instant Instant() => NodaTime.SystemClock.Instance.GetCurrentInstant();
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
