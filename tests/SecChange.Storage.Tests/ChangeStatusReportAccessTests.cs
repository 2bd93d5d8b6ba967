using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Accounts;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>
/// The Change Status Report holds only what its reader may see, and carries the label of the most restrictive
/// record it draws on: DP137 made RED is left out for everyone but SECAS and its Proposer.
/// </summary>
public class ChangeStatusReportAccessTests
{
    private static readonly LocalDate EndOfJuly = new(2020, 7, 31);
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");

    private static async Task<TestCore> WithRedDp137Async()
    {
        var core = await TestStores.SampleAsync();
        await core.Modifications.TakeStepAsync("DP137", new ClassificationChanged(Classification.Red), new LocalDate(2026, 11, 21), Secas);
        return core;
    }

    private static IEnumerable<string> NewDraftProposals(Application.StatusReport.ChangeStatusReport report) =>
        report.Define.NewDraftProposals.Select(p => p.Modification.Reference);

    [Fact]
    public async Task Build_WhenAnonymousReader_LeavesOutTheRedProposalAndIsWhite()
    {
        var core = await WithRedDp137Async();

        var report = await core.StatusReports.BuildAsync(Viewer.Anonymous, EndOfJuly);

        NewDraftProposals(report).ShouldBe(["MP135", "DP136", "DP138"]);
        report.Stages.Single(s => s.Stage == Stage.Define).Count.ShouldBe(7); // nor DP104, GREEN since the CSC of January 2020
        report.Classification.ShouldBe(Classification.White);
    }

    [Fact]
    public async Task Build_WhenSecasOrTheProposerReads_IncludesTheRedProposalAndIsRed()
    {
        var core = await WithRedDp137Async();
        var secas = new Viewer("analyst", "SECAS analyst", AccountRole.SecasAnalyst, "SECAS");
        var proposer = new Viewer("ralph", "Ralph Baxter", AccountRole.PartyRepresentative, "Octopus Energy");
        var otherParty = new Viewer("eon", "E.ON representative", AccountRole.PartyRepresentative, "E.ON");

        foreach (var reader in new[] { secas, proposer })
        {
            var report = await core.StatusReports.BuildAsync(reader, EndOfJuly);
            NewDraftProposals(report).ShouldContain("DP137", reader.Name);
            report.Classification.ShouldBe(Classification.Red, reader.Name);
        }

        NewDraftProposals(await core.StatusReports.BuildAsync(otherParty, EndOfJuly)).ShouldNotContain("DP137");
    }

    [Fact]
    public async Task Build_WhenAsAtAPastDate_NamesTheRegisterStateItCounts()
    {
        var core = await TestStores.SampleAsync();

        var report = await core.StatusReports.BuildAsync(Viewer.Anonymous, EndOfJuly);

        // All 51 modifications of the sample but DP104 (GREEN: for the signed-in SEC community).
        report.Source.AsAt.ShouldBe(EndOfJuly);
        report.Source.LastEventOn.ShouldBe(EndOfJuly);
        report.Source.Modifications.ShouldBe(50);
        report.Source.LastRecordedAt.ShouldNotBeNull();
    }
}
