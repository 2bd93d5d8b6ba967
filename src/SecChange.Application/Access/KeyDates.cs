using NodaTime;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.Access;

/// <summary>A dated milestone ahead of a modification: a consultation closing, an assessment due, a window closing, a release.</summary>
public sealed record KeyDate(string What, LocalDate On);

/// <summary>The next key date of a modification, as the register shows it beside each row.</summary>
public static class KeyDates
{
    /// <summary>The earliest milestone on or after <paramref name="today"/>; null when nothing is ahead (or it is closed).</summary>
    public static KeyDate? Next(ModificationView m, IReadOnlyList<Release> releases, LocalDate today) =>
        All(m, releases).Where(k => k.On >= today).OrderBy(k => k.On).FirstOrDefault();

    /// <summary>Every milestone still pending on the record, past or future.</summary>
    private static IEnumerable<KeyDate> All(ModificationView m, IReadOnlyList<Release> releases)
    {
        if (m.Stage == Stage.Closed)
        {
            yield break;
        }

        foreach (var c in m.Consultations.Where(c => c.IsOpen))
        {
            yield return new KeyDate($"{c.Kind.Describe()} closes", c.Closes);
        }

        foreach (var a in m.Assessments.Where(a => a.ReturnedOn is null && a.DueOn is not null))
        {
            yield return new KeyDate($"{a.Id} due from DCC", a.DueOn!.Value);
        }

        if (m.SecasResponseDueOn is { } response) yield return new KeyDate("SECAS initial response due", response);
        if (m.ReferralWindowCloses is { } referral) yield return new KeyDate("Referral window closes", referral);
        if (m.AppealWindowCloses is { } appeal) yield return new KeyDate("Appeal window closes", appeal);

        foreach (var entry in m.Releases.Where(r => r.Status != ReleaseStatus.Implemented))
        {
            if (releases.FirstOrDefault(r => r.Id == entry.ReleaseId) is { } release)
            {
                yield return new KeyDate($"Implementation in {release.Name}", release.Date);
            }
        }
    }
}
