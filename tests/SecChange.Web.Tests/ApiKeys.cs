using System.Net.Http.Headers;
using SecChange.Application.Access;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>API keys for the demo accounts, issued through the application as the key page does, and clients that send them.</summary>
public static class ApiKeys
{
    private static readonly Viewer Administrator = new("test", "Test administrator", AccountRole.SecasAdministrator, "SECAS");

    public static async Task<string> IssueAsync(WebAppFixture web, string userName, ApiScopes scopes)
    {
        var accounts = web.Service<AccountService>();
        var account = (await accounts.AllAsync(Administrator)).Single(a => a.UserName == userName);
        var (_, secret) = await accounts.CreateApiKeyAsync(Viewer.Of(account), "test key", scopes);
        return secret;
    }

    public static async Task<HttpClient> ClientAsync(WebAppFixture web, string userName, ApiScopes scopes) =>
        WithKey(web.Client(), await IssueAsync(web, userName, scopes));

    public static HttpClient WithKey(HttpClient client, string secret)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
