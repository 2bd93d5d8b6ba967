using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SecChange.Application.Dcc;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Simulation;
using SecChange.Domain.Errors;
using SecChange.Web.Hosting;

namespace SecChange.Web.Pages.Modifications;

/// <summary>
/// What one modification's DCC System behaviour changes: the sample fleet (or a small generated one) run through the
/// same firmware campaign without and with it, computed on demand from the register as the reader may see it.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DccComparisonModel(DccComparisons comparisons) : SecChangePage
{
    /// <summary>A generated fleet of this many meters and gas proxies instead of the sample fleet (at most <see cref="DccComparisons.WebFleetLimit"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "devices")] public int? Devices { get; set; }

    public DccRuleSets RuleSets { get; private set; } = null!;
    public FleetComparisonReport Report { get; private set; } = null!;
    public string Summary { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        if (Devices is < 1 or > DccComparisons.WebFleetLimit)
        {
            return BadRequest();
        }

        try
        {
            RuleSets = await comparisons.RuleSetsForAsync(Viewer, reference, ct);
        }
        catch (DomainException ex) when (ex.Kind is ErrorKind.NotFound or ErrorKind.RuleBroken)
        {
            return NotFound(); // hidden, missing, or with no DCC System behaviour: there is no comparison to show
        }

        Summary = DccComparisons.BehaviourOf(RuleSets.Modification!)?.Summary ?? "";
        var fleet = Devices is { } n ? ComparisonFleet.Generated(new FleetSpec { Devices = n }) : ComparisonFleet.SampleFleet;
        Report = comparisons.Compare(RuleSets, fleet, new CampaignSettings());
        return Page();
    }

    /// <summary>The same comparison from the command line.</summary>
    public string Command => $"secchange dcc compare {(RuleSets.Release is { } r ? $"--release {r.Id} " : "")}--modification {RuleSets.Modification}";
}
