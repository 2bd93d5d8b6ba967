using NodaTime;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;

namespace SecChange.Application.Tests;

/// <summary>
/// The shipped sample register replays through the process and holds the facts of the four seed documents:
/// the MP078 December 2021 Working Group summary, the August 2020 Change Status Report, the minutes of
/// CSC meeting 11 (28 January 2020) and the MP105 draft Modification Report.
/// </summary>
public class SampleRegisterTests
{
    private const int ModificationCount = 51;

    private static RegisterDocument Document => SampleReplay.Document;

    private static IReadOnlyDictionary<string, Modification> All => SampleReplay.ByReference;

    private static Modification Mod(string reference) => All[reference];

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void ReplayAll_WhenSampleRegister_ReplaysEveryModificationOnce()
    {
        All.Count.ShouldBe(ModificationCount);
        Document.Modifications.Count.ShouldBe(ModificationCount);
        Document.Modifications.Select(h => h.Id).Distinct().Count().ShouldBe(ModificationCount);
    }

    [Fact]
    public void SampleRegister_WhenParsed_DescribesItselfAndListsTheReferenceData()
    {
        Document.Description.ShouldNotBeNull();
        Document.Description.ShouldContain("four public SEC documents");
        Document.Parties.ShouldContain(new Party("Utilita", PartyCategory.SmallSupplier));
        Document.Parties.ShouldContain(new Party("WPD", PartyCategory.ElectricityNetworkParty));
        Document.Parties.ShouldContain(new Party("Ofgem", PartyCategory.Authority));
        Document.Parties.ShouldContain(new Party("Security Sub-Committee", PartyCategory.Other));
        Document.People.Single(p => p.Name == "David Kemp").Role.ShouldBe("Change Sub-Committee Chair");
        Document.People.Single(p => p.Name == "Louise Evans").Role.ShouldBe("Meeting Secretary");
        Document.People.Single(p => p.Name == "Chun Chen").Organisation.ShouldBe("DCC");
        Document.People.Select(p => p.Name).ShouldBeUnique();
    }

    [Fact]
    public void SampleRegister_WhenParsed_HasOnlyTheFourReleasesTheSeedsName()
    {
        // The standalone release of 23 Jul 2020 and November 2020 (seed 001), November 2021 and November 2022 (seeds 000 and 004).
        Document.Releases.Select(r => (r.Id, r.Date, r.Kind)).ShouldBe(
        [
            ("2020-07-23", D(2020, 7, 23), ReleaseKind.Standalone),
            ("2020-11", D(2020, 11, 29), ReleaseKind.Scheduled),
            ("2021-11", D(2021, 11, 4), ReleaseKind.Scheduled),
            ("2022-11", D(2022, 11, 3), ReleaseKind.Scheduled),
        ]);
        Document.Releases.Where(r => r.Id.EndsWith("-11", StringComparison.Ordinal))
            .ShouldAllBe(r => r.AcceptsDccSystemChanges && r.AcceptsDuisChanges);
    }

    [Fact]
    public void Mp105_WhenReplayed_FollowsTheProgressionTimetable()
    {
        var mp105 = Mod("MP105");

        mp105.RaisedOn.ShouldBe(D(2019, 12, 18));
        mp105.ProposerName.ShouldBe("Chun Chen");
        mp105.CscReviews.Single().On.ShouldBe(D(2020, 1, 2));
        mp105.Events.Single(e => e.Change is ConvertedToModificationProposal).OccurredOn.ShouldBe(D(2020, 1, 17));
        var pa1 = mp105.FindAssessment("PA1")!;
        (pa1.RequestedOn, pa1.ReturnedOn).ShouldBe((D(2020, 4, 6), D(2020, 5, 4)));
        var pa2 = mp105.FindAssessment("PA2")!;
        (pa2.RequestedOn, pa2.ReturnedOn).ShouldBe((D(2020, 7, 17), D(2020, 8, 27)));
        mp105.WorkingGroupDiscussions.Single().On.ShouldBe(D(2020, 6, 3));
        var consultation = mp105.Consultations.Single();
        (consultation.Kind, consultation.OpenedOn, consultation.ClosedOn).ShouldBe((ConsultationKind.Refinement, D(2020, 9, 14), D(2020, 10, 5)));
        var ia = mp105.FindAssessment("IA1")!;
        (ia.Kind, ia.ChangeBoardApprovedOn, ia.RequestedOn).ShouldBe((AssessmentKind.Impact, D(2020, 10, 21), D(2020, 10, 21)));
        mp105.State.ShouldBe(ModificationState.Refinement);
    }

    [Fact]
    public void Mp105_WhenReplayed_HasItsReportDetails()
    {
        var mp105 = Mod("MP105");

        mp105.Objectives.ShouldBe([SecObjective.A]);
        mp105.AffectedDocuments.ShouldHaveSingleItem().ShouldStartWith("Appendix AD");
        mp105.ImpactedCategories.ShouldBe([PartyCategory.LargeSupplier, PartyCategory.SmallSupplier, PartyCategory.Dcc]);
        (mp105.DccSystemImpact, mp105.DuisImpact, mp105.LeadTimeMonths).ShouldBe((true, true, 9));
        mp105.Costs!.DccImplementation[0].ShouldBe(new CostLine("Design, Build and Pre-Integration Testing (PIT)", 0m, 150_000m));
        mp105.Costs.DccTotal.ShouldBeNull();
        (mp105.Costs.SecasCost, mp105.Costs.SecasEffortDays).ShouldBe((1200m, 2));
        mp105.Releases.Single().ShouldBe(new ReleaseEntry("2021-11", null, ReleaseStatus.Targeted, D(2020, 10, 21)));
    }

    [Fact]
    public void ReleaseApprovals_WhenNovember2020Release_AreExactlyTheThirteenOfTheAugust2020Report()
    {
        var approved = All.Values
            .SelectMany(m => m.Releases.Where(r => r.ReleaseId == "2020-11" && r.Status == ReleaseStatus.Approved).Select(r => (m.Reference, r.Part)))
            .OrderBy(x => x.Reference, StringComparer.Ordinal)
            .ToList();

        approved.ShouldBe(
        [
            ("MP080", null), ("MP081", null), ("MP093", null), ("MP098", null), ("MP101", null), ("MP103", null), ("MP110", null),
            ("MP112", null), ("MP115", null), ("MP118", null), ("MP120", null), ("MP124", null), ("SECMP0062", "Part 2"),
        ]);
        approved.ShouldAllBe(x => Mod(x.Reference).State == ModificationState.Approved);
    }

    [Fact]
    public void ChangeBoardDecisions_When22July2020_ApproveFourUnderSelfGovernanceAndRejectSecmp0015()
    {
        var decisions = All.Values
            .SelectMany(m => m.Decisions.Where(d => d.On == D(2020, 7, 22)).Select(d => (m.Reference, d)))
            .OrderBy(x => x.Reference, StringComparer.Ordinal)
            .ToList();

        decisions.Select(x => (x.Reference, x.d.Outcome)).ShouldBe(
        [
            ("MP103", DecisionOutcome.Approve), ("MP118", DecisionOutcome.Approve), ("MP124", DecisionOutcome.Approve),
            ("MP135", DecisionOutcome.Approve), ("SECMP0015", DecisionOutcome.Reject),
        ]);
        decisions.ShouldAllBe(x => x.d.Body == DecidingBody.ChangeBoard && x.d.IsSelfGovernance && x.d.IsFinal);
    }

    [Fact]
    public void Secmp0015_WhenRejected_IsReferredToThePanel()
    {
        var secmp0015 = Mod("SECMP0015");

        secmp0015.State.ShouldBe(ModificationState.ReferredToPanel);
        secmp0015.Challenges.Single().To.ShouldBe(DecidingBody.Panel);
    }

    [Fact]
    public void Mp135_WhenApproved_IsImplementedInTheStandaloneReleaseOf23July2020()
    {
        var mp135 = Mod("MP135");

        mp135.RaisedOn.ShouldBe(D(2020, 7, 10));
        mp135.ProposerName.ShouldBe("Gordon Hextall");
        mp135.State.ShouldBe(ModificationState.Implemented);
        mp135.Releases.Single().ShouldBe(new ReleaseEntry("2020-07-23", null, ReleaseStatus.Implemented, D(2020, 7, 23)));
    }

    [Theory]
    [InlineData("DP136", 2020, 7, 14, "Tom Woolley", "SMS PLC")]
    [InlineData("DP137", 2020, 7, 20, "Ralph Baxter", "Octopus Energy")]
    [InlineData("DP138", 2020, 7, 27, "Richard Collard", "DCC")]
    public void NewDraftProposals_WhenAugust2020Report_AreRaisedByTheirProposers(string reference, int y, int m, int d, string proposer, string organisation)
    {
        var dp = Mod(reference);

        dp.State.ShouldBe(ModificationState.Development);
        dp.RaisedOn.ShouldBe(D(y, m, d));
        (dp.ProposerName, dp.ProposerOrganisation).ShouldBe((proposer, organisation));
        dp.ProblemStatement.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Dp104_WhenCsc28January2020_IsDowngradedFromRedToGreenAndNoted()
    {
        var mp104 = Mod("DP104");

        ((HistoryBaselined)mp104.Events[0].Change).Classification.ShouldBe(Classification.Red);
        mp104.Classification.ShouldBe(Classification.Green);
        mp104.CscReviews.Single().Outcome.ShouldBe(CscOutcome.Noted);
    }

    [Theory]
    [InlineData(94, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(95, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(96, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(98, CscOutcome.ReadyToConvert, ModificationRoute.ReportPhase)]
    [InlineData(100, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(101, CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess)]
    [InlineData(104, CscOutcome.Noted, ModificationRoute.None)]
    [InlineData(106, CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess)]
    [InlineData(107, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(108, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(109, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    [InlineData(110, CscOutcome.ReadyToConvert, ModificationRoute.ReportPhase)]
    [InlineData(111, CscOutcome.FurtherDevelopmentRequired, ModificationRoute.None)]
    public void CscOutcomes_When28January2020Meeting_MatchTheMinutes(int number, CscOutcome outcome, ModificationRoute route)
    {
        var modification = All.Values.Single(m => m.Id == new ModificationId(NumberSeries.Current, number));

        var review = modification.CscReviews.Single(r => r.On == D(2020, 1, 28));

        (review.Outcome, review.RecommendedRoute, review.Meeting).ShouldBe((outcome, route, "CSC 11"));
    }

    [Fact]
    public void CscOutcomes_When28January2020Meeting_CoverExactlyThirteenDraftProposals()
    {
        All.Values.Count(m => m.CscReviews.Any(r => r.On == D(2020, 1, 28))).ShouldBe(13);
    }

    [Fact]
    public void DraftProposals_WhenLaterReports_ShowTheirNextState()
    {
        Mod("MP094").WorkingGroupDiscussions.Single().On.ShouldBe(D(2020, 8, 5));
        Mod("MP094").State.ShouldBe(ModificationState.Refinement);
        Mod("MP106").FindAssessment("IA1")!.ChangeBoardApprovedOn.ShouldBe(D(2020, 7, 31));
        Mod("MP107").FindAssessment("PA1")!.AcceptedOn.ShouldBe(D(2020, 4, 20));
        foreach (var stillDraft in new[] { "DP095", "DP096", "DP100", "DP104", "DP108", "DP111", "DP136", "DP137", "DP138" })
        {
            Mod(stillDraft).State.ShouldBe(ModificationState.Development, stillDraft);
        }
    }

    [Fact]
    public void Mp078_WhenDecember2021WorkingGroup_HasItsIrpsCostsAndTarget()
    {
        var mp078 = Mod("MP078");

        mp078.Title.ShouldBe("Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2");
        mp078.Irps.ShouldBe(["IRP550", "IRP603", "IRP604"]);
        mp078.Costs!.DccTotal.ShouldBe((2_633_973m, 2_633_973m));
        mp078.Costs.AnnualSupportCost.ShouldBe(1_573m);
        (mp078.LeadTimeMonths, mp078.DccSystemImpact, mp078.DuisImpact).ShouldBe((8, true, false));
        mp078.Objectives.ShouldBe([SecObjective.A]);
        mp078.Releases.Single().ShouldBe(new ReleaseEntry("2022-11", null, ReleaseStatus.Targeted, D(2021, 12, 1)));
        mp078.WorkingGroupDiscussions.Single().On.ShouldBe(D(2021, 12, 1));
    }

    [Fact]
    public void OpenAssessments_WhenAugust2020Report_MatchItsList()
    {
        var asOf = D(2020, 8, 7);
        var open = All.Values
            .SelectMany(m => m.Assessments
                .Where(a => a.AcceptedOn <= asOf && (a.ReturnedOn is null || a.ReturnedOn > asOf))
                .Select(a => (m.Reference, a.Kind, a.AcceptedOn!.Value, a.TargetWorkingDays)))
            .OrderBy(x => x.Item3)
            .ToList();

        // MP105's second PA: the report lists acceptance on 15 Jul 2020, but the Modification Report's timetable
        // has it requested on 17 Jul 2020, and events never go back in date.
        open.ShouldBe(
        [
            ("SECMP0056", AssessmentKind.Impact, D(2019, 7, 2), 40),
            ("SECMP0007", AssessmentKind.Impact, D(2020, 2, 6), 40),
            ("MP078", AssessmentKind.Preliminary, D(2020, 4, 17), 15),
            ("MP107", AssessmentKind.Preliminary, D(2020, 4, 20), 15),
            ("MP099", AssessmentKind.Impact, D(2020, 5, 5), 40),
            ("MP109", AssessmentKind.Preliminary, D(2020, 5, 26), 15),
            ("MP119", AssessmentKind.Preliminary, D(2020, 7, 14), 15),
            ("MP122", AssessmentKind.Impact, D(2020, 7, 16), 40),
            ("MP105", AssessmentKind.Preliminary, D(2020, 7, 17), 15),
            ("MP085", AssessmentKind.Preliminary, D(2020, 7, 21), 15),
            ("MP090", AssessmentKind.Impact, D(2020, 7, 29), 40),
        ]);
    }

    [Theory]
    [InlineData("SECMP0063", "PA1", 18)]
    [InlineData("SECMP0063", "PA2", 18)]
    [InlineData("SECMP0046", "PA1", 31)]
    public void ReturnedAssessments_WhenActualDurationPublished_HaveThatDuration(string reference, string id, int workingDays)
    {
        Mod(reference).FindAssessment(id)!.ActualDuration(ReferenceData.EnglandAndWalesCalendar).ShouldBe(workingDays);
    }

    [Fact]
    public void ReturnedAssessments_WhenAugust2020Report_AreAllRecorded()
    {
        var returned = All.Values
            .SelectMany(m => m.Assessments
                .Where(a => a.ReturnedOn is { } r && r >= D(2019, 8, 1) && r <= D(2020, 7, 31))
                .Select(a => (m.Reference, a.Kind, a.ReturnedOn!.Value)))
            .ToList();

        returned.Count.ShouldBe(22);
        returned.ShouldContain(("MP105", AssessmentKind.Preliminary, D(2020, 5, 4)));
        returned.ShouldContain(("SECMP0015", AssessmentKind.Impact, D(2020, 4, 30)));
        returned.ShouldContain(("SECMP0066", AssessmentKind.Preliminary, D(2020, 7, 29)));
    }

    [Fact]
    public void Mp092_WhenJuly2020ChangeBoard_HasItsImpactAssessmentRequestDeferred()
    {
        var mp092 = Mod("MP092");

        mp092.Events.ShouldContain(e => e.Change is ImpactAssessmentRequestDeferred && e.OccurredOn == D(2020, 7, 31));
        mp092.Assessments.ShouldAllBe(a => a.Kind == AssessmentKind.Preliminary);
    }

    [Fact]
    public void Mp088_WhenAugust2020Report_IsWithTheAuthority()
    {
        Mod("MP088").State.ShouldBe(ModificationState.AwaitingAuthorityDecision);
    }

    [Fact]
    public void Events_WhenSampleRegister_EachNameTheirActor()
    {
        Document.Modifications.SelectMany(h => h.Events).ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.By.Name) && e.By.Role != ActorRole.None);
        Document.Modifications.SelectMany(h => h.Events).Where(e => e.Change is HistoryBaselined or HistoryObserved)
            .ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Reason));
    }

    [Fact]
    public void RaisedOn_WhenSampleRegister_IsKnownOnlyWhereTheSeedsDateTheRaising()
    {
        // MP105 (its Modification Report's timetable), MP135 and DP136-DP138 (the August 2020 report); the
        // other 46 are known from a later date only, which stays their first known date.
        All.Values.Where(m => m.RaisedOn is not null).Select(m => m.Reference).Order(StringComparer.Ordinal)
            .ShouldBe(["DP136", "DP137", "DP138", "MP105", "MP135"]);
        All.Values.Where(m => m.RaisedOn is null).ShouldAllBe(m => m.EnteredFromHistory);
        All.Values.Count(m => m.RaisedOn is null).ShouldBe(46);
        Mod("MP078").FirstKnownOn.ShouldBe(D(2019, 12, 31));
    }

    [Fact]
    public void Secmp0007_WhenAugust2020Report_ExpectsItsModificationReportConsultation()
    {
        var observed = Mod("SECMP0007").Events.Single(e => e.Change is HistoryObserved);

        observed.OccurredOn.ShouldBe(D(2020, 8, 7));
        observed.Reason.ShouldNotBeNull();
        observed.Reason.ShouldContain("Modification Report Consultation");
        observed.Reason.ShouldContain("17 Aug 2020");
        Mod("SECMP0007").Consultations.ShouldBeEmpty(); // expected, not yet issued: no dates are invented
    }
}
