using System.Net;
using System.Text;
using System.Text.Json;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>Every error the API gives is an RFC 9457 problem with the right status, a useful detail and no stack trace.</summary>
public sealed class ApiProblemTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/api/v1/modifications/MP999", HttpStatusCode.NotFound, "There is no modification MP999")]
    [InlineData("/api/v1/modifications/MP999/events", HttpStatusCode.NotFound, "There is no modification MP999")]
    [InlineData("/api/v1/meetings/CSC999", HttpStatusCode.NotFound, "There is no meeting CSC 999")]
    [InlineData("/api/v1/modifications?stage=bogus", HttpStatusCode.BadRequest, "Define, Refine, Opine, Implement, Closed")]
    [InlineData("/api/v1/modifications?limit=1001", HttpStatusCode.BadRequest, "between 1 and 1000")]
    [InlineData("/api/v1/modifications?cursor=not-a-cursor", HttpStatusCode.BadRequest, "cursor")]
    [InlineData("/api/v1/modifications?as-at=2099-01-01", HttpStatusCode.BadRequest, "past date")]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound, "/openapi/v1.json")]
    public async Task Get_WhenTheRequestCannotBeAnswered_GivesAProblem(string url, HttpStatusCode status, string detail)
    {
        using var client = web.Client();
        var response = await client.GetAsync(url);

        await ShouldBeProblemAsync(response, status, detail);
    }

    [Fact]
    public async Task Post_WhenTheJsonIsMalformed_GivesA400Problem()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var response = await client.PostAsync("/api/v1/modifications", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task Post_WhenAnEnumValueIsUnknown_NamesTheAllowedValues()
    {
        using var client = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Write);
        var response = await client.PostAsync("/api/v1/modifications/MP105/steps/classify",
            new StringContent("{\"to\": \"Purple\"}", Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "Red");
    }

    [Fact]
    public async Task Post_WhenTheContentTypeIsNotJson_GivesA415Problem()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var response = await client.PostAsync("/api/v1/modifications", new StringContent("title=x", Encoding.UTF8, "text/plain"));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "JSON");
    }

    [Fact]
    public async Task Post_WhenTheBodyIsOverTheLimit_GivesA413Problem()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Write);
        var huge = "{\"title\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"problemStatement\":\"p\"}";
        var response = await client.PostAsync("/api/v1/modifications", new StringContent(huge, Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too large");
    }

    [Fact]
    public async Task Post_WhenNoKeyIsSent_GivesA401Problem_EvenWithASignInCookie()
    {
        using var client = web.Client();
        await WebSession.SignInAsync(client, "eon");
        var response = await client.PostAsync("/api/v1/modifications",
            new StringContent("{\"title\":\"t\",\"problemStatement\":\"p\"}", Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task Post_WhenTheKeyMayOnlyRead_GivesA403Problem()
    {
        using var client = await ApiKeys.ClientAsync(web, "eon", ApiScopes.Read);
        var response = await client.PostAsync("/api/v1/modifications",
            new StringContent("{\"title\":\"t\",\"problemStatement\":\"p\"}", Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, "Write scope");
    }

    [Fact]
    public async Task Get_WhenTheKeyIsNotValid_GivesA401Problem()
    {
        using var client = ApiKeys.WithKey(web.Client(), "sck_not-a-key-anyone-was-given");
        var response = await client.GetAsync("/api/v1/modifications/MP105");

        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, "not valid");
    }

    [Fact]
    public async Task Post_WhenTheStepBreaksTheProcess_GivesTheDomainsMessageAs409()
    {
        using var client = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Write);
        // MP105 is past its report phase: the CSC cannot approve its Modification Report again.
        var response = await client.PostAsync("/api/v1/modifications/MP105/steps/report-approve",
            new StringContent("{}", Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "MP105");
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("   at ");
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain(detail, Case.Insensitive);
    }
}
