using NodaTime;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>One consultation in the index: on which modification, its window, and how many responses it has.</summary>
public sealed record ConsultationRow(string Reference, string Title, ConsultationKind Kind, LocalDate OpenedOn, LocalDate Closes, LocalDate? ClosedOn,
    int Responses)
{
    /// <summary>The last day a response is on time: the closing date, or an earlier day it was closed on.</summary>
    public LocalDate LastDay => ClosedOn is { } closed && closed < Closes ? closed : Closes;

    public bool IsOpen => ClosedOn is null;

    /// <summary>Whether a Party may still answer online on <paramref name="today"/> (a later answer would be late).</summary>
    public bool AcceptsResponsesOn(LocalDate today) => IsOpen && today <= LastDay;

    public static ConsultationRow Of(string reference, string title, Consultation c) =>
        new(reference, title, c.Kind, c.OpenedOn, c.Closes, c.ClosedOn, c.Responses.Count);
}

/// <summary>Every consultation on the modifications a viewer may see: open ones first (soonest closing first), then closed ones (latest first).</summary>
public sealed class VisibleConsultations(RegisterCore core)
{
    public async Task<IReadOnlyList<ConsultationRow>> ListAsync(Viewer viewer, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var rows = (await session.LoadAllAsync(ct))
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation))
            .SelectMany(m => m.Consultations.Select(c => ConsultationRow.Of(m.Reference, m.Title, c)));
        return Order(rows);
    }

    public static IReadOnlyList<ConsultationRow> Order(IEnumerable<ConsultationRow> rows)
    {
        var all = rows.ToList();
        return
        [
            .. all.Where(r => r.IsOpen).OrderBy(r => r.Closes).ThenBy(r => r.Reference, StringComparer.Ordinal),
            .. all.Where(r => !r.IsOpen).OrderByDescending(r => r.LastDay).ThenBy(r => r.Reference, StringComparer.Ordinal),
        ];
    }
}
