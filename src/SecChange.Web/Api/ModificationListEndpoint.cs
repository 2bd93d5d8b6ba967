using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Api;

/// <summary>One row of the register as the API lists it, with its next key date.</summary>
public sealed record ModificationItem(string Reference, string Title, Stage Stage, ModificationState State, ModificationPath Path,
    string? ProposerOrganisation, string? Release, Classification Classification, LocalDate FirstKnownOn, LocalDate LastEventOn,
    string? Parent, int Version, KeyDate? NextKeyDate)
{
    public static ModificationItem Of(RegisterRow row)
    {
        var s = row.Summary;
        return new(s.Reference, s.Title, s.Stage, s.State, s.Path, s.ProposerOrganisation, s.ReleaseId, s.Classification, s.FirstKnownOn,
            s.LastEventOn, s.Parent?.ToString(), s.Version, row.NextKeyDate);
    }
}

/// <summary>A page of the register: <c>next</c> (and <c>cursor</c>) until the last row has been given.</summary>
public sealed record ModificationPage(IReadOnlyList<ModificationItem> Items, int Total, string? Cursor, string? Next);

/// <summary>GET /api/v1/modifications: the register page's filters, with cursor paging and no hidden cap.</summary>
public static class ModificationListEndpoint
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static RouteGroupBuilder MapModificationList(this RouteGroupBuilder api)
    {
        api.MapGet("/modifications", ListAsync)
            .WithName("ListModifications")
            .WithSummary("The register: every modification you may see, filtered and ordered as on the register page")
            .Produces<ModificationPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <param name="stage">Define, Refine, Opine, Implement or Closed.</param>
    /// <param name="sort">Newest (default), Oldest, Title, Stage or Updated.</param>
    /// <param name="asAt">The register as it stood at the end of a past date (yyyy-MM-dd).</param>
    /// <param name="cursor">From the previous page's <c>cursor</c>; leave out for the first page.</param>
    /// <param name="limit">Rows per page: 1 to 1000, 100 by default.</param>
    private static async Task<IResult> ListAsync(HttpContext context, RegisterListing listing,
        [FromQuery] string? stage, [FromQuery] string? state, [FromQuery] string? path, [FromQuery] string? party, [FromQuery] string? category,
        [FromQuery] string? release, [FromQuery] string? q, [FromQuery] string? sort, [FromQuery(Name = "as-at")] string? asAt,
        [FromQuery] string? cursor, [FromQuery] int? limit, CancellationToken ct)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            throw DomainException.Invalid($"limit must be between 1 and {MaxLimit}; follow the 'next' links for more.");
        }

        var query = RegisterQueryParser.Parse(context.Request.Query, context.Today());
        var from = ListCursor.Decode(cursor);
        var (rows, total, skip) = await listing.PageAfterAsync(context.Viewer(), query, from?.After, from?.Position + 1 ?? 0, take, context.Today(), ct);
        var last = skip + rows.Count;
        string? nextCursor = null, next = null;
        if (rows.Count > 0 && last < total)
        {
            nextCursor = new ListCursor(rows[^1].Summary.Reference, last - 1).Encode();
            next = Prefix(context) + "/modifications" + With(context.Request.Query, "cursor", nextCursor);
            context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TaggedResponse.Json(context, new ModificationPage([.. rows.Select(ModificationItem.Of)], total, nextCursor, next));
    }

    private static string Prefix(HttpContext context) => context.Request.PathBase + ApiProblems.Prefix;

    private static string With(IQueryCollection query, string key, string value) =>
        QueryString.Create(query.Where(p => p.Key != key).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Append(new KeyValuePair<string, string?>(key, value))).ToUriComponent();
}
