using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Testing;

namespace SecChange.Application.Tests;

/// <summary>The sample register's meetings: CSC meeting 11 (28 January 2020) and the MP078 December 2021 Working Group.</summary>
public class SampleMeetingTests
{
    private static readonly RegisterDocument Document = ReferenceData.SampleRegister();

    private static Meeting Csc11 => Document.Meetings.Single(m => m.Id == new MeetingId("CSC", 11));

    [Fact]
    public void Csc11_OutcomesWithAProcessStep_AgreeWithTheCscOutcomesRecordedOnEachModification()
    {
        var process = new ModificationProcess(ReferenceData.Rules(), ReferenceData.EnglandAndWalesCalendar, FixedClock.On(2026, 11, 21));
        var modifications = RegisterReplay.ReplayAll(Document, process).ToDictionary(m => m.Id);
        var fromMeeting = Csc11.Items.SelectMany(i => i.Outcomes).Where(o => o.Step is not null)
            .Select(o => (Id: o.Modification!.Value, Outcome: o.Step!.Value, Route: o.Route ?? ModificationRoute.None)).OrderBy(x => x.Id).ToList();
        var fromEvents = modifications.Values.SelectMany(m => m.CscReviews.Where(r => r.Meeting == "CSC 11" && r.On == Csc11.On)
            .Select(r => (Id: m.Id, r.Outcome, Route: r.RecommendedRoute))).OrderBy(x => x.Id).ToList();

        fromMeeting.Count.ShouldBe(13);
        fromMeeting.ShouldBe(fromEvents);
    }

    [Fact]
    public void Csc11_EveryDraftProposalOfItem3_HasAnOutcome()
    {
        var item = Csc11.Items.Single(i => i.Number == 3);

        item.Outcomes.Select(o => o.Modification!.Value).Distinct().Order().ShouldBe(item.Modifications.Order());
    }

    [Fact]
    public void Csc11_Header_IsTheMinutes()
    {
        Csc11.On.ShouldBe(new NodaTime.LocalDate(2020, 1, 28));
        Csc11.Place.ShouldBe("Gemserv, 8 Fenchurch Place, London, EC3M 4AJ");
        Csc11.Attendees.Count.ShouldBe(11);
        Csc11.Attendees.Count(a => a.Teleconference).ShouldBe(4);
        Csc11.Apologies.Select(a => a.Name).ShouldBe(["Jonathan Lishawa", "Elias Hanna", "Ed Rees"]);
        Csc11.NextMeetingOn.ShouldBe(new NodaTime.LocalDate(2020, 2, 25));
    }

    [Fact]
    public void Actions_FromCsc11_AreCsc10_01WithItsUpdateAndTheTwoNewOnes()
    {
        var csc = Document.Actions.Where(a => a.Reference.Meeting.Body == "CSC").ToList();

        csc.Select(a => a.Reference.ToString()).ShouldBe(["CSC 10/01", "CSC 11/01", "CSC 11/02"]);
        csc[0].RaisedOn.ShouldBeNull();
        csc[0].Updates.Single().Text.ShouldStartWith("An update was provided under the DP096 update of Agenda Item 3.");
        csc.ShouldAllBe(a => a.Status == ActionStatus.Open);
    }

    [Fact]
    public void WorkingGroup_Mp078_IsOnTheDayTheRegisterRecordsItsDecemberMeeting()
    {
        var wg = Document.Meetings.Single(m => m.Id.ToString() == "WG 1");
        var held = Document.Modifications.Single(h => h.Id == ModificationId.Parse("MP078")).Events
            .Single(e => e.Change is WorkingGroupMeetingHeld && e.On.Year == 2021 && e.On.Month == 12);

        wg.On.ShouldBe(held.On);
        wg.Attendees.Count.ShouldBe(19);
        wg.Attendees.ShouldContain(a => a.Name == "Emslie Law" && a.Organisation == "OVO Energy");
    }

    [Fact]
    public void WorkingGroup_August2020_HasTheAgendaTheChangeStatusReportGives()
    {
        var wg = Document.Meetings.Single(m => m.Id.ToString() == "WG 2");

        (wg.On, wg.NextMeetingOn).ShouldBe((new LocalDate(2020, 8, 5), new LocalDate(2020, 9, 2)));
        wg.Items.Single().Modifications.Select(m => m.ToString()).ShouldBe(["MP094", "MP107", "MP117", "MP125", "MP128"]);
        wg.Attendees.ShouldBeEmpty(); // not in the seeds
    }

    [Fact]
    public void Meetings_WhenWrittenAndReadAsJson_AreUnchanged()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Csc11, RegisterJson.Options);

        var back = System.Text.Json.JsonSerializer.Deserialize<Meeting>(json, RegisterJson.Options)!;

        System.Text.Json.JsonSerializer.Serialize(back, RegisterJson.Options).ShouldBe(json);
    }
}
