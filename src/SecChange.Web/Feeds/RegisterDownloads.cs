using SecChange.Application.Access;
using SecChange.Web.Api;

namespace SecChange.Web.Feeds;

/// <summary>
/// /register.csv and /register.xlsx: the register page's current filter (its query string) as a file, with the
/// page's columns and every matching row the viewer may see (not just the page shown).
/// </summary>
public static class RegisterDownloads
{
    public static IEndpointRouteBuilder MapRegisterDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/register.csv", async (HttpContext context, RegisterListing listing, CancellationToken ct) =>
                new TaggedResponse(RegisterCsv.Write(await RowsAsync(context, listing, ct)), "text/csv; charset=utf-8", "secchange-register.csv"))
            .ExcludeFromDescription();
        app.MapGet("/register.xlsx", async (HttpContext context, RegisterListing listing, CancellationToken ct) =>
                new TaggedResponse(RegisterWorkbook.Write(await RowsAsync(context, listing, ct)),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "secchange-register.xlsx"))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IReadOnlyList<DownloadRow>> RowsAsync(HttpContext context, RegisterListing listing, CancellationToken ct)
    {
        var today = context.Today();
        var (rows, _) = await listing.PageAsync(context.Viewer(), RegisterQueryParser.Parse(context.Request.Query, today), 0, int.MaxValue, today, ct);
        return [.. rows.Select(DownloadRow.Of)];
    }
}
