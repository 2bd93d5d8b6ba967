using System.Text.Json;
using SecChange.Application.Access;
using SecChange.Application.Json;
using SecChange.Application.Register;

namespace SecChange.Web.Api;

/// <summary>
/// GET /api/v1/register.json: the whole register in the export format (the document <c>secchange import</c>
/// reads), holding only what the viewer may see, for people who analyse it.
/// </summary>
public static class RegisterSnapshotEndpoint
{
    public static RouteGroupBuilder MapRegisterSnapshot(this RouteGroupBuilder api)
    {
        api.MapGet("/register.json", async (HttpContext context, VisibleExport export, CancellationToken ct) =>
            {
                var document = await export.ExportAsync(context.Viewer(), ct);
                // The export time changes every second; the tag follows the content, so it is left out of the tag's bytes.
                var body = JsonSerializer.SerializeToUtf8Bytes(document with { ExportedAt = null }, RegisterJson.Options);
                return new TaggedResponse(body, "application/json; charset=utf-8", "secchange-register.json");
            })
            .WithName("GetRegisterSnapshot")
            .WithSummary("The whole register you may see, in the export format (secchange-register, version 2)")
            .Produces<RegisterDocument>();
        return api;
    }
}
