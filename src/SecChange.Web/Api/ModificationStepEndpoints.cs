using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.ChangeBoard;
using SecChange.Application.Modifications;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Web.Api;

/// <summary>
/// POST /api/v1/modifications/{reference}/steps/{step}: every process step the web forms and the CLI take, each
/// with a typed body. The actor is the key's account (its Proposer when it represents the Proposer's organisation),
/// the date is <c>on</c> or today, and the answer is the modification as the account now sees it.
/// </summary>
public static class ModificationStepEndpoints
{
    /// <summary>Takes the step through the application layer and returns what it recorded.</summary>
    private delegate Task<StepResult> StepTaker<in T>(IServiceProvider services, ModificationView view, T request, LocalDate on, Actor by,
        CancellationToken ct);

    public static RouteGroupBuilder MapModificationSteps(this RouteGroupBuilder api)
    {
        Change<PlainStepRequest>(api, "withdraw", "The Proposer withdraws the proposal", _ => new Withdrawn());
        Change<ClassifyRequest>(api, "classify", "Change the information classification", r => new ClassificationChanged(r.To));
        Change<CscOutcomeRequest>(api, "csc-outcome", "Record the Change Sub-Committee's outcome on a Draft Proposal",
            r => new CscOutcomeRecorded(r.Outcome, r.RecommendedRoute, r.Meeting));
        Change<ConvertRequest>(api, "convert", "The Panel converts the Draft Proposal to a Modification Proposal",
            r => new ConvertedToModificationProposal(r.Path, r.Route, r.FastTrack, r.Urgent));
        Change<RouteRequest>(api, "route", "Move the proposal between the Refinement Process and the Report Phase", r => new RouteChanged(r.Route));
        Step<AmendRequest>(api, "amend", "Amend the proposal's details; what is left out stays as it is",
            (s, v, r, on, by, ct) => s.GetRequiredService<ModificationService>().AmendDetailsAsync(v.Reference, new DetailsAmended
            {
                Title = r.Title, ProblemStatement = r.ProblemStatement, Solution = r.Solution, LeadAnalyst = r.LeadAnalyst,
                Objectives = r.Objectives?.Select(SecObjectives.Parse).ToList(), AffectedDocuments = r.AffectedDocuments,
                ImpactedCategories = r.ImpactedCategories, Irps = r.Irps?.Select(i => i.Trim().ToUpperInvariant()).ToList(),
                DccSystemImpact = r.DccSystemImpact, DuisImpact = r.DuisImpact, LeadTimeMonths = r.LeadTimeMonths,
                ServiceProviders = r.ServiceProviders, TestPhases = r.TestPhases?.Select(t => t.Trim().ToUpperInvariant()).ToList(), ReportText = r.Sections(),
            }, new CostChange(r.DccCost, r.SecasCost, r.AnnualCost), on, by, r.Reason, r.IfVersion, ct));
        Change<WorkingGroupMeetingRequest>(api, "wg-meeting", "Record a Working Group meeting on the proposal",
            r => new WorkingGroupMeetingHeld(r.Kind, string.IsNullOrWhiteSpace(r.Summary) ? null : r.Summary.Trim()));
        Change<HistoryRequest>(api, "history", "Record a state a published document shows, without replaying its steps",
            r => new HistoryObserved(r.State, r.Source));

        Step<AssessmentRequestRequest>(api, "assessment-request", "Request a DCC Preliminary or Impact Assessment",
            (s, v, r, on, by, ct) => s.GetRequiredService<ModificationService>().RequestAssessmentAsync(v.Reference, r.Kind, r.Id, r.TargetWorkingDays,
                r.ChangeBoardApprovedOn, on, by, r.Reason, r.IfVersion, ct));
        Change<AssessmentStepRequest>(api, "assessment-accept", "Record the DCC's acceptance of an assessment request", r => new AssessmentAccepted(r.Assessment));
        Change<AssessmentStepRequest>(api, "assessment-pause", "Pause an assessment's Working Day count", r => new AssessmentPaused(r.Assessment));
        Change<AssessmentStepRequest>(api, "assessment-resume", "Resume a paused assessment", r => new AssessmentResumed(r.Assessment));
        Change<AssessmentStepRequest>(api, "assessment-return", "Record the DCC's return of an assessment", r => new AssessmentReturned(r.Assessment));
        Change<AssessmentReviseRequest>(api, "assessment-revise", "Agree a revised return date for an assessment",
            r => new AssessmentDateRevised(r.Assessment, r.AgreedDate));
        Change<PlainStepRequest>(api, "assessment-defer", "Defer the Impact Assessment request", _ => new ImpactAssessmentRequestDeferred());

        Change<ConsultationOpenRequest>(api, "consultation-open", "Open a Refinement or Modification Report Consultation",
            r => new ConsultationOpened(r.Kind, r.Closes, r.Questions));
        Change<ConsultationCloseRequest>(api, "consultation-close", "Close an open consultation", r => new ConsultationClosed(r.Kind));
        Change<PlainStepRequest>(api, "report-approve", "The CSC approves the Modification Report for consultation", _ => new ModificationReportApproved());

        Step<BallotCastRequest>(api, "ballot-cast", "A Change Board member's vote (SECAS names the member it records the vote for)",
            (s, v, r, on, by, ct) => s.GetRequiredService<ChangeBoardService>().CastVoteAsync(v.Reference,
                by.Role == ActorRole.Secas ? r.Member ?? "" : by.Name, r.Position, r.Rationale,
                r.Objectives is { Count: > 0 } letters ? [.. letters.Select(SecObjectives.Parse)] : null, on, by, ct));
        Decision(api, "vote", "Record the Change Board's decision (the outcome follows its ballot unless given)", DecidingBody.ChangeBoard);
        Decision(api, "panel-decision", "Record the Panel's decision", DecidingBody.Panel);
        Decision(api, "authority-decision", "Record the Authority's decision", DecidingBody.Authority);
        Change<ChallengeRequest>(api, "refer", "Refer a Self-Governance decision to the Panel", r => new DecisionChallenged(DecidingBody.Panel, r.RaisedBy));
        Change<ChallengeRequest>(api, "appeal", "Appeal a Self-Governance decision to the Authority",
            r => new DecisionChallenged(DecidingBody.Authority, r.RaisedBy));
        Change<DetermineRequest>(api, "determine", "Record the determination of a referral or appeal", r => new ChallengeDetermined(r.Outcome));

        Change<ReleaseStepRequest>(api, "release-target", "Target a SEC Release", r => new ReleaseTargeted(r.Release, r.Part));
        Change<ReleaseStepRequest>(api, "release-approve", "Approve the proposal (or a part) for a SEC Release", r => new ReleaseApproved(r.Release, r.Part));
        Change<ReleaseStepRequest>(api, "release-implement", "Record implementation in a SEC Release", r => new ReleaseImplemented(r.Release, r.Part));
        return api;
    }

    private static void Decision(RouteGroupBuilder api, string step, string summary, DecidingBody body) =>
        Step<DecisionRequest>(api, step, summary, (s, v, r, on, by, ct) => s.GetRequiredService<ModificationService>().RecordDecisionAsync(v.Reference,
            body, r.Outcome, r.Release, r.Part, on, by, r.Reason, r.IfVersion, ct));

    /// <summary>A step that is one change on the modification.</summary>
    private static void Change<T>(RouteGroupBuilder api, string step, string summary, Func<T, ModificationChange> change) where T : StepRequest =>
        Step<T>(api, step, summary, (s, v, r, on, by, ct) =>
            s.GetRequiredService<ModificationService>().TakeStepAsync(v.Reference, change(r), on, by, r.Reason, r.IfVersion, ct));

    private static void Step<T>(RouteGroupBuilder api, string step, string summary, StepTaker<T> take) where T : StepRequest =>
        api.MapPost($"/modifications/{{reference}}/steps/{step}", async (HttpContext context, VisibleRegister register, string reference, T request,
                CancellationToken ct) =>
            {
                var viewer = context.Viewer();
                var today = context.Today();
                var before = await register.ViewAsync(viewer, reference, today, ct); // a record the account may not see is not found, as on reads
                var after = await take(context.RequestServices, before, request, request.On ?? today, viewer.AsActorOn(before.ProposerOrganisation), ct);
                return TaggedResponse.Json(context, await register.ViewAsync(viewer, after.Reference, today, ct));
            })
            .WithName("Step" + string.Concat(step.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))
            .WithSummary(summary)
            .Written<T>(StatusCodes.Status200OK);
}
