using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>The action log: references, updates at later meetings, closing, carrying forward and overdue actions.</summary>
public class ActionItemTests
{
    private static readonly MeetingId Csc11 = new("CSC", 11);

    private static Meeting Meeting(int number, int month, int day) =>
        Domain.Meetings.Meeting.Schedule(new MeetingId("CSC", number), D(2020, month, day), null, null, null, Classification.White);

    private static ActionItem Raised(string reference = "CSC 11/01") =>
        ActionItem.Raise(ActionReference.Parse(reference), D(2020, 1, 28), "DCC", "The DCC to provide SECAS with information", D(2020, 2, 25), []);

    [Theory]
    [InlineData("CSC 10/01", "CSC", 10, 1)]
    [InlineData("ACTION CSC 10/01", "CSC", 10, 1)]
    [InlineData("csc 11/2", "CSC", 11, 2)]
    public void Parse_WhenWrittenAsInMinutes_GivesMeetingAndSequence(string text, string body, int meeting, int sequence)
    {
        var reference = ActionReference.Parse(text);

        reference.ShouldBe(new ActionReference(new MeetingId(body, meeting), sequence));
        reference.ToString().ShouldBe($"{body} {meeting}/{sequence:00}");
    }

    [Theory]
    [InlineData("CSC 10")]
    [InlineData("CSC 10/00")]
    [InlineData("CSC 10/100")]
    [InlineData("10/01")]
    public void Parse_WhenNotAnActionReference_IsInvalid(string text) =>
        ShouldBeInvalid(() => ActionReference.Parse(text), "is not an action reference");

    [Fact]
    public void Raise_WhenDueBeforeRaised_IsInvalid() =>
        ShouldBeInvalid(() => ActionItem.Raise(ActionReference.Parse("CSC 11/01"), D(2020, 1, 28), "DCC", "x", D(2020, 1, 1), []), "before it was raised");

    [Fact]
    public void Update_WhenDatedBeforeTheActionWasRaised_IsRefused() =>
        ShouldBeBroken(() => Raised().Update(new MeetingId("CSC", 12), D(2020, 1, 27), "An update was provided"), "was raised on 2020-01-28");

    [Fact]
    public void Update_WhenOpen_KeepsItOpenWithTheUpdate()
    {
        var updated = Raised().Update(new MeetingId("CSC", 12), D(2020, 2, 25), "An update was provided");

        updated.Status.ShouldBe(ActionStatus.Open);
        updated.Updates.Single().Meeting.ShouldBe(new MeetingId("CSC", 12));
    }

    [Fact]
    public void Close_WhenAlreadyClosed_IsRefused()
    {
        var closed = Raised().Close(new MeetingId("CSC", 12), D(2020, 2, 25), null);

        ShouldBeBroken(() => closed.Close(new MeetingId("CSC", 13), D(2020, 3, 24), null), "was closed on 2020-02-25");
        ShouldBeBroken(() => closed.Update(new MeetingId("CSC", 13), D(2020, 3, 24), "late"), "cannot be updated");
    }

    [Fact]
    public void IsOverdue_WhenOpenAndPastDue_IsTrueUntilClosed()
    {
        var action = Raised();

        action.IsOverdue(D(2020, 2, 25)).ShouldBeFalse();
        action.IsOverdue(D(2020, 2, 26)).ShouldBeTrue();
        action.Close(new MeetingId("CSC", 12), D(2020, 2, 25), null).IsOverdue(D(2020, 3, 1)).ShouldBeFalse();
    }

    [Fact]
    public void IsOutstandingAt_WhenOpen_IsCarriedOntoEachLaterMeetingOfTheBodyUntilClosed()
    {
        var action = Raised("CSC 10/01") with { RaisedOn = null };
        var closedAt12 = action.Close(new MeetingId("CSC", 12), D(2020, 2, 25), "Closed");

        action.IsOutstandingAt(Meeting(10, 1, 1)).ShouldBeFalse();
        action.IsOutstandingAt(Meeting(11, 1, 28)).ShouldBeTrue();
        action.IsOutstandingAt(Meeting(12, 2, 25)).ShouldBeTrue();
        closedAt12.IsOutstandingAt(Meeting(12, 2, 25)).ShouldBeTrue();
        closedAt12.IsOutstandingAt(Meeting(13, 3, 24)).ShouldBeFalse();
        action.IsOutstandingAt(Domain.Meetings.Meeting.Schedule(new MeetingId("SSC", 40), D(2020, 2, 1), null, null, null, Classification.White))
            .ShouldBeFalse();
    }

    [Fact]
    public void Raise_WithoutRaisedDate_AcceptsUpdatesOnAnyDay()
    {
        var fromHistory = ActionItem.Raise(ActionReference.Parse("CSC 10/01"), null, "DCC", "DCC to provide the CSC with draft legal text", null, []);

        fromHistory.Update(Csc11, D(2020, 1, 28), "An update was provided").Updates.ShouldHaveSingleItem();
    }
}
