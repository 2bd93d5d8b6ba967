using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>
/// The whole process through the API alone, each step taken by the account whose role it is: a release is
/// defined, a Draft Proposal raised, converted, assessed, consulted on, voted on and implemented.
/// </summary>
public sealed class ApiWalkThroughTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    private const string Release = "2027-06";

    [Fact]
    public async Task DraftProposal_WalkedThroughEveryStepByApi_IsImplementedOnThePublicRegister()
    {
        (await PostAsync("admin", "/api/v1/releases", new
        {
            id = Release, name = "June 2027 SEC Release", date = "2027-06-24", kind = "Scheduled", acceptsDccSystemChanges = true,
            acceptsDuisChanges = false, dccScopeBaselinedOn = "2027-01-15",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var raised = await PostAsync("eon", "/api/v1/modifications",
            new { title = "Read firmware versions on Suspended Devices", problemStatement = "A Suspended Device cannot report its firmware version." });
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reference = (await JsonAsync(raised)).GetProperty("reference").GetString()!;
        web.Clock.Now = Instant.FromUtc(2027, 7, 1, 12, 0); // the steps that follow happen over the next seven months

        await StepAsync("csc", reference, "csc-outcome", new { outcome = "ReadyToConvert", recommendedRoute = "RefinementProcess", on = "2026-12-08" });
        reference = (await StepAsync("panel", reference, "convert", new { path = "SelfGovernance", route = "RefinementProcess", on = "2026-12-17" }))
            .GetProperty("reference").GetString()!;
        reference.ShouldStartWith("MP");

        var assessment = (await StepAsync("analyst", reference, "assessment-request", new { kind = "Preliminary", on = "2027-01-05" }))
            .GetProperty("assessments")[0].GetProperty("id").GetString()!;
        await StepAsync("dcc", reference, "assessment-accept", new { assessment, on = "2027-01-05" });
        await StepAsync("dcc", reference, "assessment-return", new { assessment, on = "2027-01-26" });

        await StepAsync("analyst", reference, "consultation-open", new { kind = "Refinement", closes = "2027-02-18", questions = new[] { "Do you agree?" }, on = "2027-01-28" });
        await StepAsync("analyst", reference, "consultation-close", new { kind = "Refinement", on = "2027-02-18" });
        await StepAsync("panel", reference, "route", new { route = "ReportPhase", on = "2027-02-24" });
        await StepAsync("csc", reference, "report-approve", new { on = "2027-03-02" });
        await StepAsync("analyst", reference, "consultation-open", new { kind = "ModificationReport", closes = "2027-03-24", on = "2027-03-03" });
        await StepAsync("analyst", reference, "consultation-close", new { kind = "ModificationReport", on = "2027-03-24" });

        foreach (var member in new[] { "paul.saker", "julie.geary", "gemma.slaney", "daniel.davies", "peter.hoare" })
        {
            await StepAsync(member, reference, "ballot-cast", new { position = "Approve", objectives = new[] { "a", "d" }, on = "2027-03-31" });
        }

        await StepAsync("analyst", reference, "vote", new { release = Release, on = "2027-03-31" });
        await StepAsync("admin", reference, "release-implement", new { release = Release, on = "2027-06-24" });

        using var anonymous = web.Client();
        using var seen = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/modifications/{reference}"));
        seen.RootElement.GetProperty("state").GetString().ShouldBe("Implemented");
        using var ballot = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/modifications/{reference}/ballot"));
        ballot.RootElement.ToString().ShouldContain("Paul Saker");
    }

    [Fact]
    public async Task Step_TakenByTheWrongRole_IsRefusedWithTheDomainsWords()
    {
        var refused = await PostAsync("dcc", "/api/v1/modifications/MP105/steps/vote", new { outcome = "Approve" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Dcc");
    }

    [Fact]
    public async Task BallotCast_BySecasWithoutNamingTheMember_IsRefused()
    {
        var refused = await PostAsync("analyst", "/api/v1/modifications/MP105/steps/ballot-cast", new { position = "Approve" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Say which Change Board member");
    }

    [Fact]
    public async Task DefineRelease_ByAParty_IsRefusedAndNothingIsWritten()
    {
        var refused = await PostAsync("eon", "/api/v1/releases", new { id = "2027-11", name = "November 2027", date = "2027-11-04", kind = "Scheduled" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var anonymous = web.Client();
        (await anonymous.GetAsync("/api/v1/releases/2027-11")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Amend_ByApi_TakesEveryDetailTheCliTakes()
    {
        var raised = await PostAsync("eon", "/api/v1/modifications", new { title = "Costs and impacts", problemStatement = "A problem." });
        var reference = (await JsonAsync(raised)).GetProperty("reference").GetString()!;

        var amended = await StepAsync("analyst", reference, "amend", new
        {
            objectives = new[] { "a", "d" }, affectedDocuments = new[] { "Appendix AD" }, impactedCategories = new[] { "LargeSupplier" },
            irps = new[] { "irp550" }, dccSystemImpact = true, dccCost = "0-150000", secasCost = 12000,
        });

        amended.GetProperty("objectives").ToString().ShouldBe("[\"A\",\"D\"]");
        amended.GetProperty("irps")[0].GetString().ShouldBe("IRP550");
        amended.GetProperty("dccSystemImpact").GetBoolean().ShouldBeTrue();
        amended.GetProperty("costs").GetProperty("secasCost").GetDecimal().ShouldBe(12000m);
    }

    private async Task<JsonElement> StepAsync(string account, string reference, string step, object body)
    {
        var response = await PostAsync(account, $"/api/v1/modifications/{reference}/steps/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{step} by {account}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> PostAsync(string account, string path, object body)
    {
        using var client = await ApiKeys.ClientAsync(web, account, ApiScopes.Write);
        return await client.PostAsJsonAsync(path, body);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
