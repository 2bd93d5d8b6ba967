using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SecChange.Web.Hosting;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Dcc;
using SecChange.Dcc.Rules;
using SecChange.Application.Releases;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Releases;

namespace SecChange.Web.Pages.Modifications;

/// <summary>One modification: its facts, stage, assessments, consultations, ballot and dated timeline.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(VisibleRegister register, ReleaseService releases) : SecChangePage
{
    [BindProperty(SupportsGet = true, Name = "as-at")] public string? AsAtText { get; set; }

    public ModificationView View { get; private set; } = null!;
    public LocalDate? AsAt { get; private set; }
    public IReadOnlyList<Release> Releases { get; private set; } = [];
    public KeyDate? NextKeyDate { get; private set; }

    /// <summary>What the modification changes in the DCC System, when it changes anything there.</summary>
    public ModificationBehaviour? DccBehaviour { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        AsAt = Display.ParseDate(AsAtText);
        try
        {
            View = AsAt is { } at && at < Today
                ? await register.ViewAsAtAsync(Viewer, reference, at, ct)
                : await register.ViewAsync(Viewer, reference, Today, ct);
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Releases = await releases.ReleasesAsync(ct);
        NextKeyDate = KeyDates.Next(View, Releases, View.AsOf);
        DccBehaviour = DccComparisons.BehaviourOf(View.Reference);
        return Page();
    }

    public string ReleaseName(string id) => Releases.FirstOrDefault(r => r.Id == id)?.Name ?? id;
}
