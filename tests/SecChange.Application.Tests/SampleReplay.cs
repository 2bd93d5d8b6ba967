using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Testing;

namespace SecChange.Application.Tests;

/// <summary>The shipped sample register replayed once through the process (on a fixed clock), shared by the tests that read it.</summary>
internal static class SampleReplay
{
    private static readonly Lazy<(RegisterDocument Document, IReadOnlyList<Modification> All, IReadOnlyDictionary<string, Modification> ByReference)> Replayed = new(() =>
    {
        var document = ReferenceData.SampleRegister();
        var process = new ModificationProcess(ReferenceData.Rules(), ReferenceData.EnglandAndWalesCalendar, FixedClock.On(2026, 11, 21));
        var modifications = RegisterReplay.ReplayAll(document, process);
        return (document, modifications, modifications.ToDictionary(m => m.Reference));
    });

    public static RegisterDocument Document => Replayed.Value.Document;

    public static IReadOnlyList<Modification> Modifications => Replayed.Value.All;

    public static IReadOnlyDictionary<string, Modification> ByReference => Replayed.Value.ByReference;
}
