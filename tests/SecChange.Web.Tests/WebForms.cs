namespace SecChange.Web.Tests;

/// <summary>Posting a page's form over HTTP as a browser would, with the anti-forgery token from the page.</summary>
public static class WebForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, params (string Name, string Value)[] fields)
    {
        var token = await WebSession.AntiforgeryTokenAsync(client, page);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }
}
