using NodaTime;
using SecChange.Application.Accounts;
using SecChange.Application.Meetings;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>An assessment on a dashboard: on which modification, Working Days elapsed against its target.</summary>
public sealed record DashboardAssessment(string Reference, string Title, AssessmentView Assessment)
{
    public bool IsLate => Assessment.DurationWorkingDays is { } d && d > Assessment.TargetWorkingDays;
}

/// <summary>A modification on a dashboard, with what is awaited on it.</summary>
public sealed record DashboardItem(string Reference, string Title, string StateName, string Awaiting);

/// <summary>What a signed-in account has to do or follow now; the lists that do not concern its role are empty.</summary>
public sealed record Dashboard(
    Viewer Viewer,
    LocalDate Today,
    IReadOnlyList<DashboardAssessment> Assessments,
    IReadOnlyList<ConsultationRow> Consultations,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyList<DashboardItem> Items,
    IReadOnlyList<MeetingSummary> PapersDue);

/// <summary>
/// Each role's dashboard, read through the viewer's visibility: SECAS (due this week), Change Board members
/// (open ballots without their vote), the DCC (assessments requested of it), Party representatives (open
/// consultations, their organisation's proposals and actions), the Panel, the CSC and the Authority (items
/// awaiting their decision).
/// </summary>
public sealed class Dashboards(RegisterCore core, VisibleMeetings meetings)
{
    /// <summary>How far ahead "closing soon" looks.</summary>
    public const int DaysAhead = 7;

    public async Task<Dashboard> ForAsync(Viewer viewer, LocalDate today, CancellationToken ct = default)
    {
        if (!viewer.IsSignedIn) return new Dashboard(viewer, today, [], [], [], [], []);

        List<Modification> visible;
        Domain.Calendar.WorkingDayCalendar calendar;
        IReadOnlyList<string> seats;
        await using (var session = await core.ReadAsync(ct))
        {
            visible = (await session.LoadAllAsync(ct)).Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation)).ToList();
            calendar = await core.CalendarAsync(session, ct);
            seats = (await session.ChangeBoardMembersAsync(ct)).Where(b => Same(b.Name, viewer.Name)).Select(b => b.Seat).ToList();
        }

        var views = visible.Select(m => (Record: m, View: ModificationView.Of(m, calendar, core.Rules, today))).ToList();
        var actions = await meetings.ActionsAsync(viewer, ct);
        var consultations = views.SelectMany(x => x.View.Consultations.Select(c => ConsultationRow.Of(x.View.Reference, x.View.Title, c)))
            .Where(c => c.AcceptsResponsesOn(today)).ToList();
        var openAssessments = views.SelectMany(x => x.View.Assessments.Where(a => a.ReturnedOn is null)
            .Select(a => new DashboardAssessment(x.View.Reference, x.View.Title, a))).ToList();

        return viewer.Role switch
        {
            AccountRole.SecasAdministrator or AccountRole.SecasAnalyst => new Dashboard(viewer, today,
                openAssessments.Where(a => a.IsLate || a.Assessment.DueOn < today).ToList(),
                VisibleConsultations.Order(consultations.Where(c => c.Closes <= today.PlusDays(DaysAhead))),
                actions.Where(a => ActionStanding.IsOverdue(a, today)).ToList(), [], await PapersDueAsync(viewer, today, ct)),
            AccountRole.ChangeBoardMember or AccountRole.ChangeBoardAlternate => new Dashboard(viewer, today, [], [], [],
                views.Where(x => AwaitsBallot(x.Record) && !x.Record.CurrentBallot.Any(v => seats.Any(s => Same(s, v.Seat))))
                    .Select(x => Item(x.View, "Your vote on the Change Board ballot")).ToList(), []),
            AccountRole.Dcc => new Dashboard(viewer, today, openAssessments, [], actions.Where(a => Same(a.Owner, viewer.Organisation)).ToList(), [], []),
            AccountRole.PartyRepresentative => new Dashboard(viewer, today, [], VisibleConsultations.Order(consultations),
                actions.Where(a => a.Status == Domain.Meetings.ActionStatus.Open && (Same(a.Owner, viewer.Organisation) || Same(a.Owner, viewer.Name))).ToList(),
                views.Where(x => Same(x.View.ProposerOrganisation, viewer.Organisation)).Select(x => Item(x.View, "Proposed by your organisation")).ToList(), []),
            _ => new Dashboard(viewer, today, [], [], [],
                views.Select(x => (x.View, Awaiting: AwaitingBody(x.Record, viewer.Role))).Where(x => x.Awaiting is not null)
                    .Select(x => Item(x.View, x.Awaiting!)).ToList(), []),
        };
    }

    /// <summary>Meetings still to be held whose papers are due from today to <see cref="DaysAhead"/> days on (or already overdue).</summary>
    private async Task<IReadOnlyList<MeetingSummary>> PapersDueAsync(Viewer viewer, LocalDate today, CancellationToken ct) =>
        (await meetings.ListAsync(viewer, ct)).Select(l => l.Summary)
            .Where(m => m.On >= today && m.PaperDeadline <= today.PlusDays(DaysAhead)).ToList();

    /// <summary>A ballot is open to votes in the Report Phase once the Modification Report Consultation has closed (not for Fast Track).</summary>
    private bool AwaitsBallot(Modification m) =>
        m.State == ModificationState.ReportPhase && !m.FastTrack && (m.ModificationReportConsultationClosed || !core.Rules.VoteRequiresClosedReportConsultation);

    /// <summary>What the Panel, the CSC or the Authority is to decide on a modification, if anything.</summary>
    private static string? AwaitingBody(Modification m, AccountRole role) => role switch
    {
        AccountRole.PanelMember when m.State == ModificationState.AwaitingConversion => "Conversion to a Modification Proposal",
        AccountRole.PanelMember when m.State == ModificationState.ReportPhase && m.FastTrack => "The Panel's decision (Fast Track)",
        AccountRole.PanelMember when m.State == ModificationState.ReferredToPanel => "Determination of the referral",
        AccountRole.CscMember when m.State == ModificationState.Development => "The Change Sub-Committee's outcome",
        AccountRole.CscMember when m.State == ModificationState.ReportPhase && !m.ModificationReportApproved => "Approval of the Modification Report",
        AccountRole.Authority when m.State == ModificationState.AwaitingAuthorityDecision => "The Authority's decision",
        AccountRole.Authority when m.State == ModificationState.UnderAppeal => "Determination of the appeal",
        _ => null,
    };

    private static DashboardItem Item(ModificationView v, string awaiting) => new(v.Reference, v.Title, v.StateName, awaiting);

    private static bool Same(string? a, string? b) => Visibility.Same(a, b);
}
