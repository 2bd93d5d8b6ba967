using SecChange.Application.Access;
using SecChange.Application.Modifications;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Api;

/// <summary>
/// POST /api/v1/modifications (raise a Draft Proposal) and POST /api/v1/modifications/{reference}/steps/{step}
/// for the steps with plain typed bodies. Each needs an API key with the Write scope; the step is taken (and
/// audited) as the key's account, and the domain's refusal is the same message the CLI gives.
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

        Step<WithdrawRequest>(api, "withdraw", "The Proposer withdraws the proposal", _ => new Withdrawn());
        Step<ClassifyRequest>(api, "classify", "Change the information classification", r => new ClassificationChanged(r.To));
        Step<CscOutcomeRequest>(api, "csc-outcome", "Record the Change Sub-Committee's outcome on a Draft Proposal",
            r => new CscOutcomeRecorded(r.Outcome, r.RecommendedRoute, r.Meeting));
        Step<ConvertRequest>(api, "convert", "The Panel converts the Draft Proposal to a Modification Proposal",
            r => new ConvertedToModificationProposal(r.Path, r.Route, r.FastTrack, r.Urgent));
        Step<RouteRequest>(api, "route", "Move the proposal between the Refinement Process and the Report Phase", r => new RouteChanged(r.Route));
        Step<AmendRequest>(api, "amend", "Amend the proposal's descriptive details",
            r => new DetailsAmended { Title = r.Title, ProblemStatement = r.ProblemStatement, Solution = r.Solution, LeadAnalyst = r.LeadAnalyst });
        Step<ConsultationOpenRequest>(api, "consultation-open", "Open a Refinement or Modification Report Consultation",
            r => new ConsultationOpened(r.Kind, r.Closes, r.Questions));
        Step<ConsultationCloseRequest>(api, "consultation-close", "Close an open consultation", r => new ConsultationClosed(r.Kind));
        Step<ReportApproveRequest>(api, "report-approve", "The CSC approves the Modification Report for consultation", _ => new ModificationReportApproved());
        return api;
    }

    private static void Step<T>(RouteGroupBuilder api, string step, string summary, Func<T, ModificationChange> change) where T : StepRequest =>
        api.MapPost($"/modifications/{{reference}}/steps/{step}", async (HttpContext context, ModificationService modifications,
                VisibleRegister register, string reference, T request, CancellationToken ct) =>
            {
                var viewer = context.Viewer();
                var today = context.Today();
                await register.ViewAsync(viewer, reference, today, ct); // a record the account may not see is not found, as on reads
                await modifications.TakeStepAsync(reference, change(request), today, viewer.AsActor(), request.Reason, request.IfVersion, ct);
                return TaggedResponse.Json(context, await register.ViewAsync(viewer, reference, today, ct));
            })
            .WithName("Step" + string.Concat(step.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))
            .WithSummary(summary)
            .Written<T>(StatusCodes.Status200OK);

    private static RouteHandlerBuilder Written<T>(this RouteHandlerBuilder endpoint, int status) where T : notnull => endpoint
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
