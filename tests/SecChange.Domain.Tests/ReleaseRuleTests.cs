using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class ReleaseRuleTests
{
    [Fact]
    public void Implement_BeforeReleaseApproval_Refused() =>
        Scenario.In(Approved).Refused(new ReleaseImplemented("2021-11"), ActorRole.Dcc, "is not approved for release 2021-11; approve it for that release first");

    [Fact]
    public void Implement_WhenOnlyTargeted_Refused() =>
        Scenario.In(Approved).Take(new ReleaseTargeted("2021-11"), ActorRole.Secas)
            .Refused(new ReleaseImplemented("2021-11"), ActorRole.Dcc, "approve it for that release first");

    [Fact]
    public void Implement_InAnotherReleaseThanApproved_Refused() =>
        Scenario.In(Approved).Take(new ReleaseApproved("2021-11"), ActorRole.Panel)
            .Refused(new ReleaseImplemented("2022-06"), ActorRole.Dcc, "is not approved for release 2022-06");

    [Fact]
    public void Implement_AfterApproval_ClosesAsImplemented()
    {
        var s = Scenario.In(Approved).Take(new ReleaseApproved("2021-11"), ActorRole.Panel)
            .Take(new ReleaseImplemented("2021-11"), ActorRole.Dcc, D(2021, 11, 4));
        s.State.ShouldBe(Implemented);
        s.M.Stage.ShouldBe(Stage.Closed);
        s.M.ClosedOn.ShouldBe(D(2021, 11, 4));
        s.M.Releases.Single().ShouldBe(new ReleaseEntry("2021-11", null, ReleaseStatus.Implemented, D(2021, 11, 4)));
    }

    [Fact]
    public void Implement_ReleaseIdDiffersOnlyInCase_Allowed() =>
        Scenario.In(Approved).Take(new ReleaseApproved("nov-2021"), ActorRole.Panel)
            .Take(new ReleaseImplemented("NOV-2021"), ActorRole.Dcc).State.ShouldBe(Implemented);

    [Fact]
    public void Implement_BeforeADecision_RefusedByTheTable() =>
        Scenario.In(Refinement).Take(new ReleaseTargeted("2021-11"), ActorRole.Secas)
            .Refused(new ReleaseImplemented("2021-11"), ActorRole.Dcc, "it is not the time to record its implementation in a SEC Release");

    [Fact]
    public void Approve_BeforeADecision_RefusedByTheTable() =>
        Scenario.In(ReportPhase).Refused(new ReleaseApproved("2021-11"), ActorRole.Panel, "it is not the time to approve it for a SEC Release");

    [Fact]
    public void Target_ThenRetarget_KeepsOnlyTheLatestTarget()
    {
        var s = Scenario.In(Refinement).Take(new ReleaseTargeted("2021-11"), ActorRole.Secas).Take(new ReleaseTargeted("2022-11"), ActorRole.Secas);
        s.M.Releases.Select(r => (r.ReleaseId, r.Status)).ShouldBe([("2022-11", ReleaseStatus.Targeted)]);
    }

    [Fact]
    public void Approve_AfterTarget_ReplacesTheTargetWithTheApproval()
    {
        var s = Scenario.In(Approved).Take(new ReleaseTargeted("2021-11"), ActorRole.Secas).Take(new ReleaseApproved("2022-06"), ActorRole.Panel);
        s.M.Releases.Select(r => (r.ReleaseId, r.Status)).ShouldBe([("2022-06", ReleaseStatus.Approved)]);
    }

    [Fact]
    public void Implement_OnePartOfTwo_StaysApprovedUntilEveryPartIsImplemented()
    {
        var s = Scenario.In(Approved)
            .Take(new ReleaseApproved("2021-11", "DCC"), ActorRole.Panel)
            .Take(new ReleaseApproved("2022-06", "Documents"), ActorRole.Panel)
            .Take(new ReleaseImplemented("2021-11", "DCC"), ActorRole.Dcc);
        s.State.ShouldBe(Approved);
        s.M.ClosedOn.ShouldBeNull();
        s.Refused(new ReleaseApproved("2022-11", "DCC"), ActorRole.Panel, "MP105 DCC is already implemented");
        s.Refused(new ReleaseTargeted("2022-11", "DCC"), ActorRole.Secas, "is already implemented");
        s.Refused(new ReleaseImplemented("2022-06", "DCC"), ActorRole.Dcc, "is not approved for release 2022-06 (DCC)");
        s.Take(new ReleaseImplemented("2022-06", "Documents"), ActorRole.Dcc).State.ShouldBe(Implemented);
    }

    [Fact]
    public void Implement_Twice_RefusedAsClosed() =>
        Scenario.In(Implemented).Refused(new ReleaseImplemented("2020-11"), ActorRole.Dcc, "Allowed next: nothing (the modification is closed).");
}
