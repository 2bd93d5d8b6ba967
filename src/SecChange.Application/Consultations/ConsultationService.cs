using NodaTime;
using SecChange.Application.Register;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Application.Consultations;

/// <summary>Consultation responses: recorded against the party register.</summary>
public sealed class ConsultationService(RegisterCore core)
{
    /// <summary>Records a consultation response; the respondent's category comes from the party register unless given.</summary>
    public async Task<Modification> RecordResponseAsync(string reference, ConsultationKind kind, string respondent, PartyCategory? category,
        IReadOnlyList<ConsultationAnswer> answers, string? expectedCosts, bool confidential, bool late, LocalDate on, Actor by,
        CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var known = (await session.PartiesAsync(ct)).FirstOrDefault(p => string.Equals(p.Name, respondent.Trim(), StringComparison.OrdinalIgnoreCase));
        var resolved = category ?? known?.Category
            ?? throw DomainException.Invalid($"{respondent} is not in the party register; give its category with --category.");
        var modification = await RegisterCore.RequireAsync(session, reference, ct);
        var version = modification.Version;
        var process = await core.ProcessAsync(session, ct);
        var e = process.Take(modification, new ConsultationResponseReceived(kind, known?.Name ?? respondent.Trim(), resolved, answers,
            expectedCosts, confidential, late), on, by);
        await session.AppendAsync(modification, version, ct);
        await core.AuditAsync(session, by, "consultation respond", modification.Reference, e.Change.Describe(), ct);
        await session.CommitAsync(ct);
        return modification;
    }
}
