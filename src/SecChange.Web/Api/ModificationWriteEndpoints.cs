using SecChange.Application.Access;
using SecChange.Application.Modifications;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Api;

/// <summary>
/// POST /api/v1/modifications (raise a Draft Proposal) and POST /api/v1/modifications/{reference}/alternatives; the
/// process steps are in <see cref="ModificationStepEndpoints"/>. Each needs an API key with the Write scope; the
/// write is taken (and audited) as the key's account, and the domain's refusal is the same message the CLI gives.
/// </summary>
public static class ModificationWriteEndpoints
{
    public static RouteGroupBuilder MapModificationWrites(this RouteGroupBuilder api)
    {
        api.MapPost("/modifications", async (HttpContext context, ModificationService modifications, VisibleRegister register, RaiseRequest request,
                CancellationToken ct) =>
            {
                var viewer = context.Viewer();
                var today = context.Today();
                var raised = await modifications.RaiseDraftProposalAsync(
                    new DraftProposalRaised(request.Title, viewer.Name, viewer.Organisation, request.ProblemStatement, request.Classification),
                    today, viewer.AsActor(), ct: ct);
                var view = await register.ViewAsync(viewer, raised.Reference, today, ct);
                return Results.Created($"{ApiProblems.Prefix}/modifications/{view.Reference}", view);
            })
            .WithName("RaiseDraftProposal")
            .WithSummary("Raise a Draft Proposal as the API key's account")
            .Written<RaiseRequest>(StatusCodes.Status201Created);

        api.MapPost("/modifications/{reference}/alternatives", async (HttpContext context, ModificationService modifications,
                VisibleRegister register, string reference, AlternativeRequest request, CancellationToken ct) =>
            {
                var viewer = context.Viewer();
                var parent = await register.ViewAsync(viewer, reference, context.Today(), ct);
                var raised = await modifications.RaiseAlternativeAsync(parent.Reference, request.Letter, request.Title,
                    request.On ?? context.Today(), viewer.AsActorOn(parent.ProposerOrganisation), ct);
                var view = await register.ViewAsync(viewer, raised.Reference, context.Today(), ct);
                return Results.Created($"{ApiProblems.Prefix}/modifications/{view.Reference}", view);
            })
            .WithName("RaiseAlternative")
            .WithSummary("Raise an alternative to a Modification Proposal")
            .Written<AlternativeRequest>(StatusCodes.Status201Created);

        return api.MapModificationSteps();
    }

    internal static RouteHandlerBuilder Written<T>(this RouteHandlerBuilder endpoint, int status) where T : notnull => endpoint
        .RequireAuthorization(ApiKeyAuthenticationHandler.WritePolicy)
        .Accepts<T>("application/json")
        .Produces<ModificationView>(status)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
