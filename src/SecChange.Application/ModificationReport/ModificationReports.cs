using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.ModificationReport;

/// <summary>
/// The Modification Report of one modification for one reader, as the register stood at the end of a date: the
/// modification must be one the reader may see (else "not found", as a missing one). Every host asks this.
/// </summary>
public sealed class ModificationReports(RegisterCore core, VisibleRegister register)
{
    /// <summary>How many release options the implementation approach sets out (seed 004 gives the next two).</summary>
    public const int ReleaseOptionCount = 2;

    public async Task<ModificationReportContent> BuildAsync(Viewer reader, string reference, LocalDate asAt, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var current = await VisibleRegister.FindVisibleAsync(session, reader, reference, ct);
        var modification = AsAt.RegisterAsAt.AsItStood(current, current.Reference, asAt);
        var view = await register.PresentAsync(session, reader, modification, asAt, ct);
        var releases = await session.ReleasesAsync(ct);
        var months = view.LeadTimeMonths ?? core.Rules.DefaultLeadTimeMonths;
        var options = ImplementationDateRule.Options(asAt, months, view.DccSystemImpact, view.DuisImpact, releases).Take(ReleaseOptionCount);
        return new ModificationReportContent(view, asAt, ProgressionTimetable.Of(modification.Events), [.. options], releases, months, core.Rules.SecasMailbox);
    }
}
