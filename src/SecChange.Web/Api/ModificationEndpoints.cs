using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Voting;

namespace SecChange.Web.Api;

/// <summary>A modification's Change Board ballot: every vote cast (earlier positions included) and the tally by the counting rule.</summary>
public sealed record BallotView(string Reference, IReadOnlyList<Vote> Votes, VoteTally? Tally);

/// <summary>
/// GET /api/v1/modifications/{reference} and its parts (events, assessments, ballot, consultations), each
/// read through <see cref="VisibleRegister"/>: a record the viewer may not see is the same 404 as a missing one.
/// </summary>
public static class ModificationEndpoints
{
    public static RouteGroupBuilder MapModification(this RouteGroupBuilder api)
    {
        Part(api, "", "GetModification", "One modification: its facts, stage, assessments, consultations, ballot and timeline", v => v);
        Part(api, "/events", "GetModificationEvents", "Its dated timeline, oldest first", v => v.Timeline);
        Part(api, "/assessments", "GetModificationAssessments", "Its DCC assessments, with Working Days elapsed against target", v => v.Assessments);
        Part(api, "/ballot", "GetModificationBallot", "Its Change Board votes and their tally",
            v => new BallotView(v.Reference, v.Votes, v.Ballot));
        Part(api, "/consultations", "GetModificationConsultations", "Its consultations with questions and responses (confidential respondents named to SECAS only)",
            v => v.Consultations);
        return api;
    }

    private static void Part<T>(RouteGroupBuilder api, string suffix, string name, string summary, Func<ModificationView, T> part) =>
        api.MapGet("/modifications/{reference}" + suffix, async (HttpContext context, VisibleRegister register, string reference,
                [FromQuery(Name = "as-at")] string? asAt, CancellationToken ct) =>
            {
                var today = context.Today();
                var at = RegisterQueryParser.AsAt(context.Request.Query, today);
                var view = at is { } date
                    ? await register.ViewAsAtAsync(context.Viewer(), reference, date, ct)
                    : await register.ViewAsync(context.Viewer(), reference, today, ct);
                return TaggedResponse.Json(context, part(view));
            })
            .WithName(name)
            .WithSummary(summary)
            .Produces<T>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
