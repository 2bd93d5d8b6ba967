using System.Net;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Application.Queries;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>Raising a Draft Proposal and taking workflow steps through the forms: validation, the domain's refusals, conflicts and the audit.</summary>
public sealed class StepFormTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    private static readonly LocalDate Raised = new(2026, 11, 2);

    [Fact]
    public async Task RaiseForm_WhenFieldsAreMissing_ListsEachErrorInTheSummary()
    {
        using var eon = await SignedInAsync("eon");

        var page = await PostAsync(eon, "/proposals/new", new() { ["On.Day"] = "31", ["On.Month"] = "2", ["On.Year"] = "2026" });

        var summary = StepForms.ErrorSummary(page);
        summary.ShouldContain("Enter a title");
        summary.ShouldContain("Enter the problem statement");
        summary.ShouldContain("The date it was raised must be a real date, for example 27 3 2021");
    }

    [Fact]
    public async Task RaiseForm_WhenValid_RaisesTheProposalAsTheSignedInAccountAndShowsIt()
    {
        using var eon = await SignedInAsync("eon");

        var response = await PostResponseAsync(eon, "/proposals/new", new()
        {
            ["Title"] = "Read firmware on Suspended Devices", ["ProblemStatement"] = "Suspended Devices cannot report their firmware version.",
            ["Solution"] = "Allow the read command on a Suspended Device.", ["Classification"] = "White",
            ["On.Day"] = "4", ["On.Month"] = "11", ["On.Year"] = "2026",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reference = response.Headers.Location!.ToString().Split('/')[^1];
        reference.ShouldStartWith("DP");
        var view = await web.Service<RegisterQueries>().ViewAsync(reference, new LocalDate(2026, 12, 1));
        (view.Proposer, view.ProposerOrganisation, view.Solution, view.RaisedOn, view.Classification)
            .ShouldBe(("Jo Bennett", "E.ON", "Allow the read command on a Suspended Device.", new LocalDate(2026, 11, 4), Classification.White));
    }

    [Fact]
    public async Task StepForm_WhenRequiredFieldsAreMissing_ListsEachErrorInTheSummary()
    {
        var reference = await RaiseAsync("Conversion fields");
        using var panel = await SignedInAsync("panel");

        var page = await PostAsync(panel, $"/modifications/{reference}/convert", new() { ["On.Day"] = "", ["On.Month"] = "", ["On.Year"] = "" });

        var summary = StepForms.ErrorSummary(page);
        summary.ShouldBe(["Select the Path", "Select the route", "Enter the date it happened"], ignoreOrder: true);
    }

    [Fact]
    public async Task StepForm_WhenTheStepIsNotAllowedNow_ShowsTheDomainsOwnMessage()
    {
        var reference = await RaiseAsync("Route too early");
        using var panel = await SignedInAsync("panel");
        var refused = await Should.ThrowAsync<DomainException>(() => web.Service<ModificationService>().TakeStepAsync(reference,
            new RouteChanged(ModificationRoute.ReportPhase), Raised, new Actor("Priya Shah", ActorRole.Panel, "SEC Panel")));

        var page = await PostAsync(panel, $"/modifications/{reference}/route", Dated(new() { ["To"] = "ReportPhase" }));

        StepForms.ErrorSummary(page).ShouldBe([refused.Message]);
    }

    [Fact]
    public async Task StepForm_WhenTheRoleMayNotTakeIt_ShowsTheDomainsRefusal()
    {
        var reference = await RaiseAsync("Outcome by a Party");
        using var eon = await SignedInAsync("eon");
        var refused = await Should.ThrowAsync<DomainException>(() => web.Service<ModificationService>().TakeStepAsync(reference,
            new CscOutcomeRecorded(CscOutcome.Noted), Raised, new Actor("Jo Bennett", ActorRole.Party, "E.ON")));

        var page = await PostAsync(eon, $"/modifications/{reference}/csc-outcome", Dated(new() { ["Outcome"] = "Noted" }));

        StepForms.ErrorSummary(page).ShouldBe([refused.Message]);
    }

    [Fact]
    public async Task StepForm_WhenTheVersionShownIsStale_ShowsTheConflictMessage()
    {
        var reference = await RaiseAsync("Stale outcome");
        using var csc = await SignedInAsync("csc");
        await web.Service<ModificationService>().TakeStepAsync(reference, new DetailsAmended { Solution = "Meanwhile, SECAS adds a solution." }, Raised, Secas);

        var page = await PostAsync(csc, $"/modifications/{reference}/csc-outcome",
            Dated(new() { ["Outcome"] = "FurtherDevelopmentRequired", ["IfVersion"] = "1" }));

        StepForms.ErrorSummary(page).ShouldBe([$"{reference} has changed since version 1 (it is now at version 2); review it and try again."]);
    }

    [Fact]
    public async Task StepForm_WhenTaken_RecordsTheStepAndAuditsTheAccountAndClientAddress()
    {
        var reference = await RaiseAsync("Audited outcome");
        using var csc = await SignedInAsync("csc");

        var response = await PostResponseAsync(csc, $"/modifications/{reference}/csc-outcome",
            Dated(new() { ["Outcome"] = "ReadyToConvert", ["Route"] = "RefinementProcess", ["Meeting"] = "CSC 23" }));

        response.Headers.Location!.ToString().ShouldBe($"/modifications/{reference}");
        var view = await web.Service<RegisterQueries>().ViewAsync(reference, new LocalDate(2026, 12, 1));
        view.State.ShouldBe(ModificationState.AwaitingConversion);
        var trail = await web.Service<RegisterQueries>().AuditTrailAsync(reference);
        var entry = trail[^1];
        (entry.Command, entry.Actor, entry.Client).ShouldBe(("csc-outcome", "Chris Evans, Change Sub-Committee", "127.0.0.1"));
    }

    [Fact]
    public async Task Withdraw_ByARepresentativeOfTheProposersOrganisation_IsTakenAsTheProposer()
    {
        var reference = await RaiseAsync("Withdrawn by its Proposer", "E.ON");
        using var eon = await SignedInAsync("eon");
        (await eon.GetStringAsync($"/modifications/{reference}")).ShouldContain($"href=\"/modifications/{reference}/withdraw\"");

        var response = await PostResponseAsync(eon, $"/modifications/{reference}/withdraw", Dated(new() { ["Reason"] = "Solved by a DCC configuration change." }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var view = await web.Service<RegisterQueries>().ViewAsync(reference, new LocalDate(2026, 12, 1));
        (view.State, view.Timeline[^1].By).ShouldBe((ModificationState.Withdrawn, "Jo Bennett, E.ON (Proposer)"));
    }

    [Fact]
    public async Task ReleaseForm_WhenNotSecas_IsRefusedByTheReleaseService()
    {
        using var eon = await SignedInAsync("eon");
        (await eon.GetAsync("/releases/new")).Headers.Location!.AbsolutePath.ShouldBe("/status/403");
        var fields = new Dictionary<string, string>
        {
            ["Id"] = "2027-02", ["Name"] = "February 2027 SEC Release", ["Kind"] = "Scheduled",
            ["Date.Day"] = "25", ["Date.Month"] = "2", ["Date.Year"] = "2027",
            ["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(eon, "/proposals/new"),
        };

        var page = await (await eon.PostAsync("/releases/new", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();

        StepForms.ErrorSummary(page).ShouldBe(["Only SECAS may define a SEC Release, not SEC Party."]);
        (await web.Service<Application.Releases.ReleaseService>().ReleasesAsync()).ShouldNotContain(r => r.Id == "2027-02");
    }

    [Fact]
    public async Task NextSteps_WhenAnonymous_OffersNoStep()
    {
        using var anonymous = web.Client();

        var page = await anonymous.GetStringAsync("/modifications/MP105");

        page.ShouldNotContain("id=\"next-steps\"");
    }

    [Fact]
    public async Task NextSteps_ForARole_OffersOnlyTheStepsItMayTake()
    {
        var reference = await RaiseAsync("Steps for the CSC");
        using var csc = await SignedInAsync("csc");

        var page = await csc.GetStringAsync($"/modifications/{reference}");

        page.ShouldContain($"href=\"/modifications/{reference}/csc-outcome\"");
        page.ShouldNotContain($"href=\"/modifications/{reference}/convert\"");
    }

    private static readonly Actor Secas = new("Alex Morgan", ActorRole.Secas, "SECAS");

    private static Dictionary<string, string> Dated(Dictionary<string, string> fields)
    {
        fields["On.Day"] = "10";
        fields["On.Month"] = "11";
        fields["On.Year"] = "2026";
        return fields;
    }

    [Fact]
    public async Task AmendForm_ChangesWhatTheCliCanAmend_AndLeavesWhatIsUnchanged()
    {
        var reference = await RaiseAsync("Amend every detail");
        await web.Service<ModificationService>().AmendDetailsAsync(reference, new DetailsAmended { Objectives = [SecObjective.A] }, null, Raised, Secas);
        using var analyst = await SignedInAsync("analyst");
        var form = await analyst.GetStringAsync($"/modifications/{reference}/amend");
        form.ShouldContain("value=\"A\" checked=\"checked\"");

        var response = await WebForms.PostAsync(analyst, $"/modifications/{reference}/amend",
            ("On.Day", "3"), ("On.Month", "11"), ("On.Year", "2026"),
            ("Objectives", "A"), ("Objectives", "D"), ("AffectedDocuments", "Appendix AD\r\nSection H"), ("ImpactedCategories", "LargeSupplier"),
            ("ImpactedCategories", "Dcc"), ("Irps", "irp550, IRP551"), ("DccSystemImpact", "true"), ("DuisImpact", "false"),
            ("DccCost", "0-150000"), ("SecasCost", "12000"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var view = await web.Service<RegisterQueries>().ViewAsync(reference, new LocalDate(2026, 12, 1));
        view.Objectives.ShouldBe([SecObjective.A, SecObjective.D]);
        view.AffectedDocuments.ShouldBe(["Appendix AD", "Section H"]);
        view.ImpactedCategories.ShouldBe([Domain.Parties.PartyCategory.LargeSupplier, Domain.Parties.PartyCategory.Dcc], ignoreOrder: true);
        view.Irps.ShouldBe(["IRP550", "IRP551"]);
        view.DccSystemImpact.ShouldBeTrue();
        view.Costs!.SecasCost.ShouldBe(12000m);
        view.Costs.DccTotal.ShouldBe((0m, 150000m));
        view.Title.ShouldBe("Amend every detail");
    }

    [Fact]
    public async Task AmendForm_WhenNothingChanges_IsRefusedWithTheDomainsMessage()
    {
        var reference = await RaiseAsync("Nothing to amend");
        using var analyst = await SignedInAsync("analyst");

        var response = await WebForms.PostAsync(analyst, $"/modifications/{reference}/amend", ("On.Day", "3"), ("On.Month", "11"), ("On.Year", "2026"),
            ("DccSystemImpact", "false"), ("DuisImpact", "false"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        StepForms.ErrorSummary(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
    }

    private async Task<string> RaiseAsync(string title, string organisation = "Octopus Energy") =>
        (await web.Service<ModificationService>().RaiseDraftProposalAsync(
            new DraftProposalRaised(title, "Sam Proposer", organisation, "A problem.", Classification.White), Raised,
            new Actor("Sam Proposer", ActorRole.Party, organisation))).Reference;

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Client();
        await WebSession.SignInAsync(client, userName);
        return client;
    }

    private static async Task<HttpResponseMessage> PostResponseAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<string> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var response = await PostResponseAsync(client, path, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
