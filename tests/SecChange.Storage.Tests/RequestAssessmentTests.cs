using NodaTime;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>
/// Requesting DCC assessments through the application, on MP105 as the seeds record it: converted to the
/// Refinement Process in January 2020, PA1 requested 6 Apr 2020 and returned 4 May, PA2 requested 17 Jul
/// and returned 27 Aug, IA1 requested 21 Oct 2020 once the Change Board approved its cost that day.
/// </summary>
public class RequestAssessmentTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");
    private static readonly Actor Dcc = new("DCC", ActorRole.Dcc, "DCC");
    private static readonly LocalDate Pa1RequestedOn = new(2020, 4, 6);
    private static readonly LocalDate Pa2RequestedOn = new(2020, 7, 17);
    private static readonly LocalDate Ia1RequestedOn = new(2020, 10, 21);

    /// <summary>The sample register with MP105 as it stood before its first assessment request (raised, CSC outcome, converted).</summary>
    private static async Task<TestCore> Mp105BeforeItsAssessmentsAsync()
    {
        var sample = ReferenceData.SampleRegister();
        var mp105 = ModificationId.Parse("MP105");
        var document = sample with
        {
            Modifications = sample.Modifications
                .Select(h => h.Id == mp105 ? h with { Events = h.Events.TakeWhile(e => e.Change is not AssessmentRequested).ToList() } : h).ToList(),
        };
        return await TestStores.SampleAsync(document);
    }

    private static Task<StepResult> RequestAsync(TestCore service, AssessmentKind kind, LocalDate on, LocalDate? changeBoardApprovedOn = null) =>
        service.Modifications.RequestAssessmentAsync("MP105", kind, null, null, changeBoardApprovedOn, on, Secas);

    [Fact]
    public async Task RequestAssessment_WithoutIdOrTarget_IsPa1WithTheCodesTarget()
    {
        var service = await Mp105BeforeItsAssessmentsAsync();

        var result = await RequestAsync(service, AssessmentKind.Preliminary, Pa1RequestedOn);

        var pa1 = result.View.Assessments.ShouldHaveSingleItem();
        pa1.Id.ShouldBe("PA1");
        pa1.Kind.ShouldBe(AssessmentKind.Preliminary);
        pa1.TargetWorkingDays.ShouldBe(service.Rules.PreliminaryAssessmentTargetWorkingDays);
        pa1.TargetWorkingDays.ShouldBe(15);
        pa1.RequestedOn.ShouldBe(Pa1RequestedOn);
        result.Recorded.ShouldHaveSingleItem().Step.ShouldBe("assessment request");
        result.Version.ShouldBe(4);
        result.State.ShouldBe(ModificationState.Refinement);
    }

    [Fact]
    public async Task RequestAssessment_AfterPa1WasReturned_IsPa2()
    {
        var service = await Mp105BeforeItsAssessmentsAsync();
        await RequestAsync(service, AssessmentKind.Preliminary, Pa1RequestedOn);
        await service.Modifications.TakeStepAsync("MP105", new AssessmentAccepted("PA1"), Pa1RequestedOn, Dcc);
        await service.Modifications.TakeStepAsync("MP105", new AssessmentReturned("PA1"), new LocalDate(2020, 5, 4), Dcc);

        var result = await RequestAsync(service, AssessmentKind.Preliminary, Pa2RequestedOn);

        result.View.Assessments.Select(a => a.Id).ShouldBe(["PA1", "PA2"]);
        result.View.Assessments[1].RequestedOn.ShouldBe(Pa2RequestedOn);
        result.View.Assessments[1].TargetWorkingDays.ShouldBe(15);
    }

    [Fact]
    public async Task RequestAssessment_ImpactWithoutTheChangeBoardsApproval_IsRefusedAndNothingIsWritten()
    {
        var service = await Mp105BeforeItsAssessmentsAsync();
        var before = await service.Queries.ViewAsync("MP105", Ia1RequestedOn);

        var ex = await Should.ThrowAsync<DomainException>(() => RequestAsync(service, AssessmentKind.Impact, Ia1RequestedOn));

        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        ex.Message.ShouldContain("only after the Change Board approved its cost");
        (await service.Queries.ViewAsync("MP105", Ia1RequestedOn)).Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task RequestAssessment_ImpactWithTheChangeBoardsApproval_IsIa1WithTheCodesTarget()
    {
        var service = await Mp105BeforeItsAssessmentsAsync();
        await RequestAsync(service, AssessmentKind.Preliminary, Pa1RequestedOn);

        var result = await RequestAsync(service, AssessmentKind.Impact, Ia1RequestedOn, changeBoardApprovedOn: Ia1RequestedOn);

        var ia1 = result.View.Assessments.Single(a => a.Kind == AssessmentKind.Impact);
        ia1.Id.ShouldBe("IA1");
        ia1.TargetWorkingDays.ShouldBe(service.Rules.ImpactAssessmentTargetWorkingDays);
        ia1.TargetWorkingDays.ShouldBe(40);
        ia1.ChangeBoardApprovedOn.ShouldBe(Ia1RequestedOn);
    }

    [Fact]
    public async Task RequestAssessment_WithAnIdAndTargetGiven_KeepsThem()
    {
        var service = await Mp105BeforeItsAssessmentsAsync();

        var result = await service.Modifications.RequestAssessmentAsync("MP105", AssessmentKind.Preliminary, "PA7", 20, null, Pa1RequestedOn, Secas);

        var pa = result.View.Assessments.ShouldHaveSingleItem();
        (pa.Id, pa.TargetWorkingDays).ShouldBe(("PA7", 20));
    }
}
