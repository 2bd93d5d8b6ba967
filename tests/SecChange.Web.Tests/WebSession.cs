using System.Net;
using System.Text.RegularExpressions;

namespace SecChange.Web.Tests;

/// <summary>Signing in over HTTP as a browser would: fetch the form, send it back with its anti-forgery token.</summary>
public static partial class WebSession
{
    public const string DemoPassword = "secchange-demo";

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password = DemoPassword)
    {
        var token = await AntiforgeryTokenAsync(client, "/sign-in");
        return await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"{page} has no anti-forgery token");
    }

    /// <summary>The page without its per-response anti-forgery token, so two responses can be compared.</summary>
    public static async Task<string> PageWithoutTokenAsync(HttpResponseMessage response) =>
        TokenPattern().Replace(await response.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
