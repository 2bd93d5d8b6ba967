using System.Collections;
using System.Reflection;
using NodaTime;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>
/// Views handed to hosts hold no aggregate and no list a host could cast back and change: every list in
/// them, however deep, is read-only, so a web page or a CLI command cannot alter the register by accident.
/// </summary>
public class ViewImmutabilityTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");

    private static Task<TestCore> SampleAsync() => TestStores.SampleAsync();

    [Fact]
    public async Task ViewOfEveryModification_InTheSampleRegister_HoldsNothingMutable()
    {
        var service = await SampleAsync();
        var found = new List<string>();

        foreach (var summary in await service.Queries.ListAsync(new RegisterFilter()))
        {
            found.AddRange(Mutable(await service.Queries.ViewAsync(summary.Reference, new LocalDate(2020, 12, 31)), summary.Reference));
        }

        found.ShouldBeEmpty();
    }

    [Fact]
    public async Task StepResult_AfterAStep_HoldsNothingMutableAndOnlyTheNewEntries()
    {
        var service = await SampleAsync();

        var result = await service.Modifications.TakeStepAsync("MP105",
            new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly, "Solution reviewed"), new LocalDate(2020, 11, 4), Secas);

        Mutable(result, "result").ShouldBeEmpty();
        result.Recorded.ShouldHaveSingleItem().Description.ShouldContain("Working Group");
        result.Recorded[0].Sequence.ShouldBe(result.Version);
    }

    [Fact]
    public async Task ConsultationSummary_OfMp105sRefinementConsultation_HoldsNothingMutable()
    {
        var service = await SampleAsync();

        var report = await service.Consultations.SummaryAsync("MP105", ConsultationKind.Refinement, Secas, nameConfidential: true);

        Mutable(report, "report").ShouldBeEmpty();
    }

    [Fact]
    public void Mutable_WhenAViewHoldsAList_NamesIt()
    {
        Mutable(new Holder(new List<int> { 1, 2 }), "holder").ShouldBe(["holder.Items (List`1)"]);
        Mutable(new Holder(new[] { 1 }), "holder").ShouldBe(["holder.Items (Int32[])"]);
        Mutable(new Holder(System.Collections.Immutable.ImmutableArray.Create(1)), "holder").ShouldBeEmpty();
    }

    private sealed record Holder(IReadOnlyList<int> Items);

    /// <summary>The paths, inside <paramref name="value"/>, of an aggregate or of a list that can be changed.</summary>
    private static IEnumerable<string> Mutable(object? value, string path, int depth = 0)
    {
        if (value is null || depth > 10 || value is string || value is decimal || value.GetType().IsPrimitive || value.GetType().IsEnum
            || value.GetType().Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
        {
            yield break;
        }

        if (value is Modification or Assessment)
        {
            yield return $"{path} ({value.GetType().Name})";
            yield break;
        }

        if (value is IList { IsReadOnly: false })
        {
            yield return $"{path} ({value.GetType().Name})";
            yield break;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                foreach (var found in Mutable(item, $"{path}[{i++}]", depth + 1)) yield return found;
            }

            yield break;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var found in Mutable(property.GetValue(value), $"{path}.{property.Name}", depth + 1)) yield return found;
        }
    }
}
