using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Application.Consultations;

/// <summary>A consultation's responses summarised per question, with its responses as the viewer may see them.</summary>
public sealed record ConsultationReport(string Reference, ConsultationKind Kind, Consultation Consultation, IReadOnlyList<QuestionSummary> Questions);

/// <summary>Consultation responses: recorded against the party register, and summarised under the disclosure policy.</summary>
public sealed class ConsultationService(RegisterCore core)
{
    /// <summary>Records a consultation response; the respondent's category comes from the party register unless given.</summary>
    public async Task<StepResult> RecordResponseAsync(string reference, ConsultationKind kind, string respondent, PartyCategory? category,
        IReadOnlyList<ConsultationAnswer> answers, string? expectedCosts, bool confidential, bool late, LocalDate on, Actor by,
        CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var known = (await session.PartiesAsync(ct)).FirstOrDefault(p => string.Equals(p.Name, respondent.Trim(), StringComparison.OrdinalIgnoreCase));
        var resolved = category ?? known?.Category
            ?? throw DomainException.Invalid($"{respondent} is not in the party register; give its party category.");
        var modification = await RegisterCore.RequireAsync(session, reference, ct);
        var version = modification.Version;
        var process = await core.ProcessAsync(session, ct);
        var e = process.Take(modification, new ConsultationResponseReceived(kind, known?.Name ?? respondent.Trim(), resolved, answers,
            expectedCosts, confidential, late), on, by);
        await session.AppendAsync(modification, version, ct);
        await core.AuditAsync(session, by, "consultation respond", modification.Reference, e.Change.Describe(), ct);
        return await core.CommitAsync(session, modification, version, ct);
    }

    /// <summary>
    /// A Party's own response given online: the respondent is the signed-in account's organisation (never a value
    /// typed in), the modification must be one the account may see, and it is on time or refused: the process
    /// keeps and flags late responses only when SECAS records them.
    /// </summary>
    public async Task<StepResult> RespondAsync(Viewer viewer, string reference, ConsultationKind kind, IReadOnlyList<ConsultationAnswer> answers,
        string? expectedCosts, bool confidential, LocalDate on, CancellationToken ct = default)
    {
        if (!viewer.IsSignedIn || string.IsNullOrWhiteSpace(viewer.Organisation))
        {
            throw DomainException.Broken("Sign in with an account that represents a SEC Party to respond.");
        }

        await using (var session = await core.ReadAsync(ct))
        {
            await VisibleRegister.FindVisibleAsync(session, viewer, reference, ct);
        }

        return await RecordResponseAsync(reference, kind, viewer.Organisation, category: null, answers, expectedCosts, confidential, late: false, on,
            viewer.AsActor(), ct);
    }

    /// <summary>
    /// The latest consultation of a kind, summarised over every response (confidential ones counted), with
    /// respondents named only as <see cref="DisclosurePolicy"/> allows <paramref name="viewer"/>.
    /// </summary>
    public async Task<ConsultationReport> SummaryAsync(string reference, ConsultationKind kind, Actor viewer, bool nameConfidential,
        CancellationToken ct = default)
    {
        var modification = await core.ReadAsync(s => RegisterCore.RequireAsync(s, reference, ct), ct);
        var consultation = modification.Consultations.LastOrDefault(c => c.Kind == kind)
            ?? throw DomainException.NotFound($"{modification.Reference} has had no {kind.Describe()}.");
        return new ConsultationReport(modification.Reference, kind, Frozen.Of(DisclosurePolicy.Disclose(consultation, viewer, nameConfidential)),
            Frozen.List(ConsultationSummary.Of(consultation.Questions, consultation.Responses)));
    }
}
