using System.Text.Json;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.StatusReport;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests.StatusReport;

/// <summary>A report for a past date shows the register as it stood then: nothing that happened later changes it.</summary>
public class ChangeStatusReportAsAtTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2020, 7, 21)]
    [InlineData(2020, 7, 31)]
    [InlineData(2020, 10, 5)]
    public void Build_WhenTheRegisterHoldsLaterEvents_IsTheReportOfARegisterThatStoppedThatDay(int year, int month, int day)
    {
        var asAt = D(year, month, day);
        var stopped = SampleReplay.Modifications
            .Select(m => m.Events.Where(e => e.OccurredOn <= asAt).ToList())
            .Where(events => events.Count > 0)
            .Select(Modification.Replay).ToList();

        var withLater = Build(SampleReplay.Modifications, asAt);
        var withoutLater = Build(stopped, asAt);

        var json = JsonSerializer.Serialize(withLater, RegisterJson.Options);
        json.ShouldContain("SECMP0056"); // open throughout: the comparison is of real content
        json.ShouldBe(JsonSerializer.Serialize(withoutLater, RegisterJson.Options));
    }

    [Fact]
    public void Build_When21July2020_HasNeitherTheVotesOf22JulyNorTheStandaloneRelease()
    {
        var report = Build(SampleReplay.Modifications, D(2020, 7, 21));

        report.Opine.ChangeBoardVotes.ShouldBeEmpty();
        report.Approved.ShouldBeEmpty();
        report.Releases.Implemented.ShouldBeEmpty();
        report.Define.NewDraftProposals.Select(p => p.Modification.Reference).ShouldBe(["DP135", "DP136", "DP137"]); // DP138 is raised on 27 July
        report.Define.NewDraftProposals.ShouldAllBe(p => p.ImplementedOn == null);
        report.Releases.ApprovedForNext.ShouldBeEmpty();
        report.Assessments.Open.ShouldNotContain(a => a.AcceptedOn > D(2020, 7, 21));
    }

    [Fact]
    public void Periods_WhenEndOfAMonth_AreThatMonthAndTheYearToIt()
    {
        var periods = ReportPeriods.EndingOn(D(2020, 7, 31));

        (periods.MonthFrom, periods.YearFrom, periods.To).ShouldBe((D(2020, 7, 1), D(2019, 8, 1), D(2020, 7, 31)));
        periods.InMonth(D(2020, 6, 30)).ShouldBeFalse();
        periods.InYear(D(2019, 8, 1)).ShouldBeTrue();
    }

    private static ChangeStatusReport Build(IReadOnlyList<Modification> modifications, LocalDate asAt) =>
        new ChangeStatusReportBuilder(ReferenceData.EnglandAndWalesCalendar, asAt).Build(modifications, SampleReplay.Document.Releases, SampleReplay.Document.Meetings);
}
