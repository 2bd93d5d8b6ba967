using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecChange.Application.Accounts;
using SecChange.Application.Queries;

namespace SecChange.Web.Tests;

/// <summary>Writes through the API: taken as the key's account, audited with it, and refused on records the account may not see.</summary>
public sealed class ApiWriteTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RaiseDraftProposal_WithAWriteKey_IsTheKeysAccountsAndAudited()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var response = await client.PostAsJsonAsync("/api/v1/modifications",
            new { title = "Prepayment meter top-up receipts", problemStatement = "Receipts are lost when the meter is offline." });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reference = view.RootElement.GetProperty("reference").GetString()!;
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/modifications/{reference}");
        view.RootElement.GetProperty("proposer").GetString().ShouldBe("Jo Bennett");
        view.RootElement.GetProperty("proposerOrganisation").GetString().ShouldBe("E.ON");

        var audit = await web.Service<RegisterQueries>().AuditTrailAsync(reference);
        var raised = audit.ShouldHaveSingleItem();
        raised.Actor.ShouldContain("Jo Bennett");
        raised.Command.ShouldBe("raise");
        raised.Client.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task Step_WithAWriteKey_IsTakenInTheAccountsRole()
    {
        using var proposer = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Write);
        var reference = await RaiseAsync(proposer, "Shared after review", "Green");

        var refused = await proposer.PostAsJsonAsync($"/api/v1/modifications/{reference}/steps/classify", new { to = "White" });
        var classified = await secas.PostAsJsonAsync($"/api/v1/modifications/{reference}/steps/classify", new { to = "White", reason = "Nothing sensitive" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict); // a Party may not relabel; the role is the account's
        classified.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var view = JsonDocument.Parse(await classified.Content.ReadAsStringAsync());
        view.RootElement.GetProperty("classification").GetString().ShouldBe("White");
        (await web.Service<RegisterQueries>().AuditTrailAsync(reference)).ShouldContain(e => e.Command == "classify" && e.Actor.Contains("Alex Morgan"));
    }

    [Fact]
    public async Task Step_WhenTheBodyNamesAnotherActor_IsRefusedNotObeyed()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var response = await client.PostAsJsonAsync("/api/v1/modifications/MP105/steps/classify", new { to = "White", by = "SECAS" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Step_OnARecordTheAccountMayNotSee_IsNotFoundAsAMissingOne()
    {
        using var anonymousLike = await ApiKeys.ClientAsync(web, "dcc", ApiScopes.Write);
        using var owner = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var reference = await RaiseAsync(owner, "Red secret", "Red");

        var hidden = await anonymousLike.PostAsJsonAsync($"/api/v1/modifications/{reference}/steps/withdraw", new { });
        var missing = await anonymousLike.PostAsJsonAsync("/api/v1/modifications/DP9999/steps/withdraw", new { });

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync()).ShouldNotContain("Red secret");
        JsonDocument.Parse(await hidden.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()
            .ShouldBe($"There is no modification {reference} in the register.");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Raises a Draft Proposal through the API and gives its reference.</summary>
    public static async Task<string> RaiseAsync(HttpClient client, string title, string classification)
    {
        var raised = await client.PostAsJsonAsync("/api/v1/modifications", new { title, problemStatement = "A problem.", classification });
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);
        return JsonDocument.Parse(await raised.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
    }
}
