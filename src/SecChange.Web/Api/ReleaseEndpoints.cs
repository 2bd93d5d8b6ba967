using SecChange.Application.Access;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Domain.Errors;
using SecChange.Domain.Releases;

namespace SecChange.Web.Api;

/// <summary>A SEC Release with the modifications you may see in its scope.</summary>
public sealed record ReleaseScope(Release Release, IReadOnlyList<ModificationItem> Modifications);

/// <summary>GET /api/v1/releases and /api/v1/releases/{id}; POST /api/v1/releases (SECAS defines a release).</summary>
public static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        api.MapGet("/releases", async (HttpContext context, ReleaseService releases, CancellationToken ct) =>
                TaggedResponse.Json(context, (await releases.ReleasesAsync(ct)).OrderBy(r => r.Date).ToList()))
            .WithName("ListReleases")
            .WithSummary("The SEC Releases, earliest first")
            .Produces<IReadOnlyList<Release>>();

        api.MapGet("/releases/{id}", async (HttpContext context, ReleaseService releases, RegisterListing listing, string id, CancellationToken ct) =>
            {
                var release = (await releases.ReleasesAsync(ct)).FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
                    ?? throw DomainException.NotFound($"There is no release {(id.Length <= 40 ? id : id[..40])} in the register.");
                var query = new RegisterQuery { Filter = new RegisterFilter { ReleaseId = release.Id }, Sort = RegisterSort.Oldest };
                var (rows, _) = await listing.PageAsync(context.Viewer(), query, 0, int.MaxValue, context.Today(), ct);
                return TaggedResponse.Json(context, new ReleaseScope(release, [.. rows.Select(ModificationItem.Of)]));
            })
            .WithName("GetRelease")
            .WithSummary("One SEC Release with the stage and next key date of each modification in its scope")
            .Produces<ReleaseScope>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/releases", async (HttpContext context, ReleaseService releases, Release release, CancellationToken ct) =>
            {
                // A body may leave out the id or name; the code's release rules then say what is missing.
                var defined = release with { Id = (release.Id ?? "").Trim(), Name = (release.Name ?? "").Trim() };
                await releases.AddReleaseAsync(defined, context.Viewer().AsActor(), ct);
                return Results.Created($"{ApiProblems.Prefix}/releases/{Uri.EscapeDataString(defined.Id)}", defined);
            })
            .WithName("DefineRelease")
            .WithSummary("Define a SEC Release (SECAS only; the code's release rules are checked)")
            .RequireAuthorization(ApiKeyAuthenticationHandler.WritePolicy)
            .Accepts<Release>("application/json")
            .Produces<Release>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
