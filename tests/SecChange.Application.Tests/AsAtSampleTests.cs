using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.Tests;

/// <summary>
/// The sample register as it stood on dates the August 2020 Change Status Report (seed 001) describes:
/// the open assessments it lists (durations to 3 Aug 2020) and the stages at the end of July 2020.
/// </summary>
public class AsAtSampleTests
{
    private static readonly Domain.Calendar.WorkingDayCalendar Calendar = ReferenceData.EnglandAndWalesCalendar;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static RegisterSnapshot At(LocalDate day) => RegisterSnapshot.Of(SampleReplay.Modifications, day);

    [Fact]
    public void Assessments_WhenAsAt3August2020_AreTheOpenListOfTheAugust2020Report()
    {
        var open = At(D(2020, 8, 3)).Assessments(openOnly: true, Calendar)
            .Select(r => (r.Modification, r.Assessment.Id, r.Assessment.AcceptedOn, r.Assessment.DurationWorkingDays))
            .ToList();

        // Seed 001's two open-assessment tables, in order of acceptance, with Working Days to 3 Aug 2020; then MP106's
        // Impact Assessment, requested (Change Board approval in July 2020) but not yet accepted.
        open.ShouldBe(
        [
            ("SECMP0056", "IA1", D(2019, 7, 2), 276),
            ("SECMP0007", "IA1", D(2020, 2, 6), 123),
            ("MP078", "PA2", D(2020, 4, 17), 74),
            ("MP107", "PA1", D(2020, 4, 20), 73),
            ("MP099", "IA1", D(2020, 5, 5), 62),
            ("MP109", "PA1", D(2020, 5, 26), 49),
            ("MP119", "PA1", D(2020, 7, 14), 14),
            ("MP122", "IA1", D(2020, 7, 16), 12),
            ("MP105", "PA2", D(2020, 7, 17), 11),
            ("MP085", "PA1", D(2020, 7, 21), 9),
            ("MP090", "IA1", D(2020, 7, 29), 3),
            ("MP106", "IA1", null, null),
        ]);
    }

    [Fact]
    public void Assessments_WhenAsAt3August2020_LeaveOutThoseRequestedLater()
    {
        var all = At(D(2020, 8, 3)).Assessments(openOnly: false, Calendar);

        all.ShouldNotContain(r => r.Modification == "MP105" && r.Assessment.Id == "IA1"); // requested 21 Oct 2020
        all.ShouldNotContain(r => r.Modification == "MP078" && r.Assessment.Id == "IA1"); // known from December 2021
        all.Single(r => r.Modification == "MP105" && r.Assessment.Id == "PA1").Assessment.Status.ShouldBe("Returned");
    }

    [Theory]
    [InlineData("SECMP0056", 284)]
    [InlineData("SECMP0007", 127)]
    [InlineData("MP078", 76)]
    [InlineData("MP107", 75)]
    [InlineData("MP099", 64)]
    [InlineData("MP119", 14)]
    public void Durations_WhenAsAt3August2020_AreTheReportsCurrentDurationsLessTheBankHolidays(string reference, int reportDuration)
    {
        // The report counts weekdays to 3 Aug 2020 and does not take out bank holidays; Working Days do.
        // (It gives MP109 46 WD, which neither count matches, and MP105 13 WD from its own 15 Jul acceptance.)
        var asAt = D(2020, 8, 3);
        var row = At(asAt).Assessments(openOnly: true, Calendar).Single(r => r.Modification == reference);
        var accepted = row.Assessment.AcceptedOn!.Value;
        var bankHolidays = Enumerable.Range(1, Period.Between(accepted, asAt, PeriodUnits.Days).Days)
            .Select(accepted.PlusDays)
            .Count(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Calendar.IsWorkingDay(d));

        (row.Assessment.DurationWorkingDays + bankHolidays).ShouldBe(reportDuration);
    }

    [Theory]
    [InlineData("DP136", Stage.Define, ModificationState.Development)]
    [InlineData("DP137", Stage.Define, ModificationState.Development)]
    [InlineData("DP138", Stage.Define, ModificationState.Development)]
    [InlineData("MP107", Stage.Refine, ModificationState.Refinement)]
    [InlineData("MP117", Stage.Refine, ModificationState.Refinement)]
    [InlineData("MP122", Stage.Refine, ModificationState.Refinement)]
    [InlineData("SECMP0007", Stage.Refine, ModificationState.Refinement)]
    [InlineData("SECMP0067", Stage.Refine, ModificationState.Refinement)]
    [InlineData("MP103", Stage.Implement, ModificationState.Approved)]
    [InlineData("MP118", Stage.Implement, ModificationState.Approved)]
    [InlineData("MP124", Stage.Implement, ModificationState.Approved)]
    [InlineData("MP135", Stage.Closed, ModificationState.Implemented)]
    [InlineData("SECMP0015", Stage.Closed, ModificationState.Rejected)]
    public void List_WhenAsAt31July2020_StagesAgreeWithTheAugust2020Report(string reference, Stage stage, ModificationState state)
    {
        var row = At(D(2020, 7, 31)).List(new RegisterFilter()).Single(s => s.Reference == reference);

        (row.Stage, row.State).ShouldBe((stage, state));
    }

    [Fact]
    public void List_WhenAsAt31July2020_HoldsOnlyWhatWasKnownByThen()
    {
        var rows = At(D(2020, 7, 31)).List(new RegisterFilter());

        // Every modification the seeds name was in the register by the end of July 2020: the last ones are first known from the
        // August 2020 report, which covers the period to 31 July; the day before, nine of them were not yet known.
        rows.Count.ShouldBe(51);
        At(D(2020, 7, 30)).List(new RegisterFilter()).Count.ShouldBe(42);
        rows.Single(r => r.Reference == "MP088").State.ShouldBe(ModificationState.AwaitingAuthorityDecision);
        rows.Single(r => r.Reference == "SECMP0015").State.ShouldBe(ModificationState.Rejected); // referred to the Panel after
        rows.Single(r => r.Reference == "MP094").Stage.ShouldBe(Stage.Refine); // on the agenda of 5 Aug 2020 as MP094
        At(D(2020, 7, 30)).List(new RegisterFilter()).Select(r => r.Reference).ShouldNotContain("MP102A"); // first known at the report's period end
    }

    [Fact]
    public void List_WhenAsAtWithAFilter_FiltersTheRegisterAsItStood()
    {
        var implement = At(D(2020, 7, 31)).List(new RegisterFilter { Stage = Stage.Implement, ReleaseId = "2020-11" });
        var before = At(D(2020, 7, 30)).List(new RegisterFilter { Stage = Stage.Implement, ReleaseId = "2020-11" });

        implement.Count.ShouldBe(13); // the thirteen the August 2020 report lists for November 2020
        before.Select(r => r.Reference).ShouldBe(["MP103", "MP118", "MP124"]);
    }

    [Fact]
    public void Releases_WhenAsAt22July2020_TheStandaloneReleaseIsUpcomingWithMp135Approved()
    {
        var standalone = At(D(2020, 7, 22)).Releases(SampleReplay.Document.Releases).Single(r => r.Release.Id == "2020-07-23");

        standalone.Progress.ShouldBe(ReleaseProgress.Upcoming);
        standalone.Modifications.ShouldBe([new ReleaseContent("MP135", null, ReleaseStatus.Approved)]);
    }

    [Fact]
    public void Releases_WhenAsAt23July2020_TheStandaloneReleaseIsDelivered()
    {
        var releases = At(D(2020, 7, 23)).Releases(SampleReplay.Document.Releases);

        releases.Single(r => r.Release.Id == "2020-07-23").Progress.ShouldBe(ReleaseProgress.Delivered);
        releases.Single(r => r.Release.Id == "2020-07-23").Modifications.Single().Status.ShouldBe(ReleaseStatus.Implemented);
        releases.Single(r => r.Release.Id == "2020-11").Modifications.Select(m => m.Reference).ShouldBe(["MP103", "MP118", "MP124"]);
    }

    [Fact]
    public void Releases_WhenTheDateHasPassedWithNoImplementationRecorded_SayThat()
    {
        var november2020 = At(D(2021, 1, 4)).Releases(SampleReplay.Document.Releases).Single(r => r.Release.Id == "2020-11");

        november2020.Progress.ShouldBe(ReleaseProgress.DatePassed);
        november2020.Modifications.Count.ShouldBe(13);
    }

    [Fact]
    public void Snapshot_WhenBeforeEveryEvent_IsEmpty()
    {
        At(D(2019, 7, 1)).Modifications.ShouldBeEmpty(); // SECMP0056's Impact Assessment, accepted 2 Jul 2019, is the earliest fact
        At(D(2019, 7, 2)).Modifications.Select(m => m.Reference).ShouldBe(["SECMP0056"]);
    }
}
