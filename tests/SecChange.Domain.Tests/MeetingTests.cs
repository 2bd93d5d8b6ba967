using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>Meetings as minuted, with CSC meeting 11 (28 January 2020) as the case.</summary>
public class MeetingTests
{
    private static readonly MeetingId Csc11 = new("CSC", 11);
    private static readonly ModificationId Dp098 = ModificationId.Parse("DP098");

    private static Meeting Csc11Meeting() =>
        Meeting.Schedule(Csc11, D(2020, 1, 28), new LocalTime(10, 0), new LocalTime(11, 0), "Gemserv, 8 Fenchurch Place, London, EC3M 4AJ", Classification.White);

    [Theory]
    [InlineData("CSC 11", "CSC", 11)]
    [InlineData("csc11", "CSC", 11)]
    [InlineData(" TABASC 3 ", "TABASC", 3)]
    public void Parse_WhenWrittenAsInMinutes_GivesBodyAndNumber(string text, string body, int number)
    {
        var id = MeetingId.Parse(text);

        id.ShouldBe(new MeetingId(body, number));
        id.ToString().ShouldBe($"{body} {number}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("CSC")]
    [InlineData("11")]
    [InlineData("CSC 0")]
    [InlineData("CSC-11")]
    public void Parse_WhenNotAMeeting_IsInvalid(string text) => ShouldBeInvalid(() => MeetingId.Parse(text), "is not a meeting");

    [Fact]
    public void CodeOf_WhenSubCommitteeHasNoCode_IsInvalid() =>
        ShouldBeInvalid(() => MeetingBodies.CodeOf(MeetingBody.SubCommittee, " "), "sub-committee's code");

    [Fact]
    public void BodyOf_WhenCodeIsNotAKnownBody_IsASubCommittee()
    {
        MeetingBodies.BodyOf("CSC").ShouldBe(MeetingBody.ChangeSubCommittee);
        MeetingBodies.BodyOf("SSC").ShouldBe(MeetingBody.SubCommittee);
    }

    [Fact]
    public void PaperDeadline_WhenCsc11On28January2020_Is21January2020() =>
        Csc11Meeting().PaperDeadline(ShippedCalendar, CodeRules.Sec).ShouldBe(D(2020, 1, 21));

    [Fact]
    public void PaperDeadline_WhenRulesSayTenWorkingDays_MovesEarlier() =>
        Csc11Meeting().PaperDeadline(ShippedCalendar, CodeRules.Sec with { PaperDeadlineWorkingDays = 10 }).ShouldBe(D(2020, 1, 14));

    [Fact]
    public void Schedule_WhenEndIsBeforeStart_IsInvalid() =>
        ShouldBeInvalid(() => Meeting.Schedule(Csc11, D(2020, 1, 28), new LocalTime(11, 0), new LocalTime(10, 0), null, Classification.White),
            "must end after it starts");

    [Fact]
    public void Attend_WhenNameIsAlreadyRecorded_IsRefused()
    {
        var meeting = Csc11Meeting().Attend(new Attendee("David Kemp", "Change Sub-Committee Chair", Role: "Chair"));

        ShouldBeBroken(() => meeting.Attend(new Attendee("david kemp", "Large Suppliers")), "already recorded");
    }

    [Fact]
    public void Attend_WhenNeitherCategoryNorOrganisation_IsInvalid() =>
        ShouldBeInvalid(() => Csc11Meeting().Attend(new Attendee("Mari Toda")), "what Mari Toda represents");

    [Fact]
    public void RecordOutcome_WhenItemConcernsNoModification_CannotCarryAProcessStep()
    {
        var meeting = Csc11Meeting().AddItem(1, "Welcome and introductions", []);

        ShouldBeBroken(() => meeting.RecordOutcome(1, new ItemOutcome(OutcomeKind.Agreed, "x", Step: CscOutcome.Noted)), "concerns no modification");
    }

    [Fact]
    public void RecordOutcome_WhenModificationIsNotTheItems_IsRefused()
    {
        var meeting = Csc11Meeting().AddItem(3, "Draft Proposal Report", [ModificationId.Parse("DP094")]);

        ShouldBeBroken(() => meeting.RecordOutcome(3, new ItemOutcome(OutcomeKind.Agreed, "x", Dp098)), "not MP098");
    }

    [Fact]
    public void RecordOutcome_WhenItemIsMissing_IsNotFound()
    {
        var ex = Should.Throw<DomainException>(() => Csc11Meeting().RecordOutcome(9, new ItemOutcome(OutcomeKind.Noted, "x")));

        ex.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public void RecordOutcome_WhenStepAtAWorkingGroup_IsRefused()
    {
        var meeting = Meeting.Schedule(new MeetingId("WG", 1), D(2021, 12, 1), null, null, null, Classification.White)
            .AddItem(1, "MP078", [Dp098]);

        ShouldBeBroken(() => meeting.RecordOutcome(1, new ItemOutcome(OutcomeKind.Agreed, "x", Dp098, CscOutcome.Noted)), "Only a Change Sub-Committee");
    }

    [Fact]
    public void RecordOutcome_WhenValid_KeepsEarlierOutcomesAndLeavesTheOriginalUnchanged()
    {
        var before = Csc11Meeting().AddItem(3, "Draft Proposal Report", [Dp098]);

        var after = before
            .RecordOutcome(3, new ItemOutcome(OutcomeKind.Agreed, "this Draft Proposal is ready to be converted to a Modification Proposal; and", Dp098))
            .RecordOutcome(3, new ItemOutcome(OutcomeKind.Recommended, "to the Panel that ...", Dp098, CscOutcome.ReadyToConvert, ModificationRoute.ReportPhase));

        after.Items.Single().Outcomes.Select(o => o.Kind).ShouldBe([OutcomeKind.Agreed, OutcomeKind.Recommended]);
        before.Items.Single().Outcomes.ShouldBeEmpty();
    }

    [Fact]
    public void ScheduleNext_WhenNotAfterTheMeeting_IsInvalid() =>
        ShouldBeInvalid(() => Csc11Meeting().ScheduleNext(D(2020, 1, 28)), "must come after");

    [Fact]
    public void ApproveMinutes_WhenAtTheNextMeetingOfTheBody_MakesThemFinal()
    {
        var next = Meeting.Schedule(new MeetingId("CSC", 12), D(2020, 2, 25), null, null, null, Classification.White);

        var approved = Csc11Meeting().ApproveMinutes(next);

        approved.MinutesApproved.ShouldBe(new MinutesApproval(new MeetingId("CSC", 12), D(2020, 2, 25)));
    }

    [Fact]
    public void ApproveMinutes_WhenAtAnotherBodyOrAnEarlierMeeting_IsRefused()
    {
        ShouldBeBroken(() => Csc11Meeting().ApproveMinutes(Meeting.Schedule(new MeetingId("PANEL", 80), D(2020, 2, 14), null, null, null, Classification.White)),
            "approved at a later CSC meeting");
        ShouldBeBroken(() => Csc11Meeting().ApproveMinutes(Meeting.Schedule(new MeetingId("CSC", 10), D(2019, 12, 17), null, null, null, Classification.White)),
            "CSC 10 was held on 2019-12-17");
    }

    [Fact]
    public void ApproveMinutes_WhenAlreadyApproved_IsRefused()
    {
        var next = Meeting.Schedule(new MeetingId("CSC", 12), D(2020, 2, 25), null, null, null, Classification.White);

        ShouldBeBroken(() => Csc11Meeting().ApproveMinutes(next).ApproveMinutes(next), "already approved at CSC 12 on 2020-02-25");
    }
}
