using SecChange.Domain.Modifications;

namespace SecChange.Application.Register;

/// <summary>
/// What an audit query about a modification must cover: its entries were written under DPnnn while it
/// was a Draft Proposal and under MPnnn after conversion (the number never changes), so asking for
/// either finds both, Draft Proposal entries first.
/// </summary>
public static class AuditTargets
{
    public static IReadOnlyList<string> For(string target) =>
        ModificationId.TryParse(target, out var id) ? [.. new[] { id.Display(converted: false), id.Display(converted: true) }.Distinct()] : [target.Trim()];
}
