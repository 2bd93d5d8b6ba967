using NodaTime;
using SecChange.Application.Reference;
using SecChange.Application.StatusReport;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests.StatusReport;

/// <summary>
/// The Change Status Report as at 31 July 2020, built from the sample register, against the real August 2020
/// report (seed 001): each section lists the same modifications. The seed was written on 7 August 2020, so its
/// "last monthly Working Group meeting" (5 August) is, as at 31 July, the next one, with the same agenda.
/// </summary>
public class ChangeStatusReportSeedTests
{
    private static readonly LocalDate EndOfJuly = new(2020, 7, 31);

    internal static ChangeStatusReport Build(LocalDate asAt) =>
        new ChangeStatusReportBuilder(ReferenceData.EnglandAndWalesCalendar, asAt)
            .Build(SampleReplay.Modifications, SampleReplay.Document.Releases, SampleReplay.Document.Meetings);

    private static readonly ChangeStatusReport Report = Build(EndOfJuly);

    private static IReadOnlyList<string> Refs(IEnumerable<ModificationLine> lines) => lines.Select(l => l.Reference).ToList();

    private static IReadOnlyList<string> Seed(string from, string to) => Seed001.References(Seed001.Section(from, to));

    [Fact]
    public void Recommended_WhenEndOfJuly2020_ListsTheSeedsModificationsForEachRoute()
    {
        Refs(Report.RecommendedForRefinement).ShouldBe(Seed("Recommended to proceed to Refinement Process", "Recommended to proceed to Report Phase"));
        Refs(Report.RecommendedForReportPhase).ShouldBe(Seed("Recommended to proceed to Report Phase", "Decisions"), ignoreOrder: true);
        Report.RecommendedForReportPhase.Count.ShouldBe(3);
    }

    [Fact]
    public void Decisions_WhenEndOfJuly2020_AreTheFourSelfGovernanceApprovals()
    {
        Refs(Report.Approved.Select(d => d.Modification)).ShouldBe(Seed("Decisions", "2. Define"));
        Report.Approved.ShouldAllBe(d => d.Body == DecidingBody.ChangeBoard && d.IsSelfGovernance && d.On == new LocalDate(2020, 7, 22));
    }

    [Fact]
    public void Define_WhenEndOfJuly2020_ListsTheNewDraftProposalsWithProposerAndDate()
    {
        Refs(Report.Define.NewDraftProposals.Select(p => p.Modification)).ShouldBe(Seed("New Draft Proposals", "Change Sub-Committee decisions"));
        Report.Define.NewDraftProposals.Select(p => (p.ProposerName, p.RaisedOn)).ShouldBe(
        [
            ("Gordon Hextall", new LocalDate(2020, 7, 10)), ("Tom Woolley", new LocalDate(2020, 7, 14)),
            ("Ralph Baxter", new LocalDate(2020, 7, 20)), ("Richard Collard", new LocalDate(2020, 7, 27)),
        ]);
        Report.Define.NewDraftProposals[0].ImplementedOn.ShouldBe(new LocalDate(2020, 7, 23)); // MP135, as the seed says
        Report.Define.NewDraftProposals.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.Summary));
        Refs(Report.Define.CscDecisions.Select(d => d.Modification)).ShouldBe(Seed("Change Sub-Committee decisions", "3. Refine"));
    }

    [Fact]
    public void WorkingGroups_WhenEndOfJuly2020_NextMonthlyMeetingHasTheSeedsAgendaAndAdHocMeetingsMatch()
    {
        var monthly = Seed("Working Group meetings", "The next monthly Working Group");
        var next = Report.Refine.NextMonthlyMeeting.ShouldNotBeNull();

        (next.On, next.NextMeetingOn).ShouldBe((new LocalDate(2020, 8, 5), new LocalDate(2020, 9, 2)));
        Refs(next.Modifications).ShouldBe(monthly);
        Refs(Report.Refine.AdHocMeetings.Select(a => a.Modification)).ShouldBe(Seed("An ad-hoc Working Group meeting", "Refinement Consultations"));
        Report.Refine.AdHocMeetings.Select(a => a.On.Day).ShouldBe([8, 9, 28]);
        // The last monthly meeting the register holds by 31 July is June's (the seed's July meeting is not in the seeds).
        Report.Refine.LastMonthlyMeeting.ShouldNotBeNull().On.ShouldBe(new LocalDate(2020, 6, 3));
    }

    [Fact]
    public void Consultations_WhenEndOfJuly2020_NoneOpenAndTheSeedsExpectedOnes()
    {
        Report.Refine.RefinementConsultationsOpen.ShouldBeEmpty();
        Report.Opine.ReportConsultationsOpen.ShouldBeEmpty();
        Refs(Report.Refine.RefinementConsultationsExpected.Select(c => c.Modification)).ShouldBe(Seed("Refinement Consultations", "Impact Assessment requests"));
        Report.Refine.RefinementConsultationsExpected.ShouldAllBe(c => c.WeekCommencing == new LocalDate(2020, 8, 10));
        Refs(Report.Opine.ReportConsultationsExpected.Select(c => c.Modification))
            .ShouldBe(Seed("Modification Report Consultations", "Change Board votes"), ignoreOrder: true);
        Report.Opine.ReportConsultationsExpected.ShouldAllBe(c => c.WeekCommencing == new LocalDate(2020, 8, 17));
    }

    [Fact]
    public void ImpactAssessmentRequests_WhenEndOfJuly2020_ApprovedAndDeferredAsTheSeed()
    {
        var paragraphs = Seed001.Paragraphs(Seed001.Section("Impact Assessment requests", "DCC Assessment timescales"));

        Refs(Report.Refine.ImpactAssessmentsApproved.Select(l => l.Modification))
            .ShouldBe(paragraphs.Where(p => !p.Contains("deferred", StringComparison.Ordinal)).SelectMany(Seed001.References), ignoreOrder: true);
        Refs(Report.Refine.ImpactAssessmentsDeferred.Select(l => l.Modification))
            .ShouldBe(paragraphs.Where(p => p.Contains("deferred", StringComparison.Ordinal)).SelectMany(Seed001.References));
    }

    [Fact]
    public void OpenAssessments_WhenEndOfJuly2020_AreTheSeedsRowsInOrder()
    {
        var seed = Seed001.AssessmentRows(Seed001.Section("Open Assessments", "Modification Type Returned"));

        Report.Assessments.Open.Select(a => (a.Reference, a.Kind)).ShouldBe(seed.Select(r => (r.Reference, r.Kind)), ignoreOrder: true);
        // In the seed's order (of acceptance) with its dates, but for MP105's second PA: the seed says 15 Jul, its Modification
        // Report's timetable 17 Jul 2020 (the sample keeps the latter), so it comes after MP122's of 16 Jul.
        Report.Assessments.Open.Where(a => a.Reference != "MP105").Select(a => (a.Reference, a.AcceptedOn))
            .ShouldBe(seed.Where(r => r.Reference != "MP105").Select(r => (r.Reference, r.On)));
    }

    [Fact]
    public void ReturnedAssessments_WhenEndOfJuly2020_AreTheSeedsRowsInOrder()
    {
        var seed = Seed001.AssessmentRows(Seed001.Section("Modification Type Returned", "4. Opine"));

        Report.Assessments.Returned.Select(a => (a.Reference, a.Kind, a.ReturnedOn)).ShouldBe(seed);
    }

    [Fact]
    public void Stages_WhenEndOfJuly2020_CountTheOpenProposalsInEachStage()
    {
        // Define: the six Draft Proposals the CSC sent back in January 2020 and July's three; Opine: MP088 with the Authority;
        // Implement: the thirteen approved for November 2020. (The seed's chart did not survive its text extract.)
        Report.Stages.Select(s => (s.Name, s.Count)).ShouldBe([("Define", 9), ("Refine", 25), ("Opine", 1), ("Implement", 13)]);
    }

    [Fact]
    public void AssessmentCounts_WhenEndOfJuly2020_AreTheSeeds()
    {
        Report.Assessments.Summary.Select(r => r.Total).ShouldBe([6, 18, 5, 4]);
    }

    /// <summary>
    /// The seed's open durations are weekdays counted with the start day, to 31 July: SECMP0056's 284 is the weekdays
    /// from 2 Jul 2019 to 31 Jul 2020 inclusive. In Working Days (bank holidays excluded, start day not counted) it is
    /// 275. The report gives Working Days, so these figures differ from the seed's and the test says by how much.
    /// </summary>
    [Fact]
    public void OpenDurations_WhenEndOfJuly2020_AreWorkingDaysWhereTheSeedCountedWeekdays()
    {
        var seed = new Dictionary<string, int>
        {
            ["SECMP0056"] = 284, ["SECMP0007"] = 127, ["MP078"] = 76, ["MP107"] = 75, ["MP099"] = 64, ["MP119"] = 14,
        };

        foreach (var (reference, seedDays) in seed)
        {
            var open = Report.Assessments.Open.Single(a => a.Reference == reference);
            WeekdaysInclusive(open.AcceptedOn, EndOfJuly).ShouldBe(seedDays, reference);
            var bankHolidays = ReferenceData.EnglandAndWalesCalendar.Holidays.Count(h => h.Date > open.AcceptedOn && h.Date <= EndOfJuly);
            open.CurrentWorkingDays.ShouldBe(seedDays - 1 - bankHolidays, reference);
        }

        Report.Assessments.Open.Single(a => a.Reference == "SECMP0056").CurrentWorkingDays.ShouldBe(275);
    }

    private static int WeekdaysInclusive(LocalDate from, LocalDate to)
    {
        var days = 0;
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)) days++;
        }

        return days;
    }

    [Fact]
    public void ChangeBoardVotes_WhenEndOfJuly2020_AreTheFiveOf22JulyWithTheirReleases()
    {
        var votes = Report.Opine.ChangeBoardVotes;

        Refs(votes.Select(v => v.Modification)).ShouldBe(Seed("Change Board votes", "Authority decisions"), ignoreOrder: true);
        votes.Single(v => v.Modification.Reference == "SECMP0015").Outcome.ShouldBe(DecisionOutcome.Reject);
        // The seed adds that SECMP0015 "has since been referred to the Panel": that is dated 7 Aug 2020, after the report's date.
        votes.Single(v => v.Modification.Reference == "SECMP0015").ChallengedTo.ShouldBeNull();
        votes.Where(v => v.Outcome == DecisionOutcome.Approve).Select(v => (v.Modification.Reference, v.Release!.Id)).ShouldBe(
            [("MP103", "2020-11"), ("MP118", "2020-11"), ("MP124", "2020-11"), ("MP135", "2020-07-23")], ignoreOrder: true);
    }

    [Fact]
    public void AuthorityDecisions_WhenEndOfJuly2020_NoneAndMp088IsWithTheAuthority()
    {
        Report.Opine.AuthorityDecisions.ShouldBeEmpty();
        Refs(Report.Opine.WithTheAuthority).ShouldBe(Seed("Authority decisions", "Modification progression timescales"));
    }

    [Fact]
    public void Releases_WhenEndOfJuly2020_Mp135ImplementedAndThirteenApprovedForNovember2020()
    {
        var implemented = Report.Releases.Implemented.ShouldHaveSingleItem();
        (implemented.Modification.Reference, implemented.On).ShouldBe(("MP135", new LocalDate(2020, 7, 23)));
        Report.Releases.NextScheduled.ShouldNotBeNull().Date.ShouldBe(new LocalDate(2020, 11, 29));
        var seedApproved = Seed001.References(Seed001.Text[Seed001.Text.IndexOf("approved for implementation in the November 2020", StringComparison.Ordinal)..]);

        Refs(Report.Releases.ApprovedForNext.Select(l => l.Modification)).ShouldBe(seedApproved, ignoreOrder: true);
        Report.Releases.ApprovedForNext.Count.ShouldBe(13);
        Report.Releases.ApprovedForNext.Single(l => l.Modification.Reference == "SECMP0062").Part.ShouldBe("Part 2");
    }

    /// <summary>
    /// The seed's proposal timescales (54 open, average 329 WD; 28 concluded, 110 WD) cover SECAS's whole register;
    /// the sample holds only the modifications the seeds name, most without a raised date, so the report's figures
    /// are its own and say over how many proposals the average is taken.
    /// </summary>
    [Fact]
    public void ProposalTimescales_WhenEndOfJuly2020_CountTheSampleAndAverageOnlyKnownRaisedDates()
    {
        var (open, concluded) = (Report.Opine.ProposalTimescales[0], Report.Opine.ProposalTimescales[1]);

        // Every proposal in Define, Refine or Opine is before its decision (none is referred or appealed as at 31 July).
        open.Total.ShouldBe(Report.Stages.Where(s => s.Stage != Stage.Implement).Sum(s => s.Count));
        open.WithDuration.ShouldBe(4); // DP136, DP137, DP138 and MP105: the others were entered from documents without a raised date
        concluded.Total.ShouldBe(5); // the Change Board's five decisions of 22 July 2020
        concluded.WithDuration.ShouldBe(1); // MP135: raised 10 Jul, approved 22 Jul 2020
        concluded.AverageWorkingDays.ShouldBe(8);
    }
}
