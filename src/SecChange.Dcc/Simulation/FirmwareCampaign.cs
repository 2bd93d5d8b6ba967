using System.Diagnostics;
using NodaTime;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Simulation;

/// <summary>
/// Seed 004's scenario at fleet scale: a generated fleet of meters, the campaign's walk
/// (<see cref="CampaignWalk"/>: the firmware leaves the CPL, SR 11.1, SR 11.3 retried, SR 11.2 through the
/// GPF and where activation was not confirmed with a version) and its totals. Run under two rule sets it
/// shows what MP105 changes.
/// </summary>
public static class FirmwareCampaign
{
    /// <summary>Generates a fleet and runs the campaign under a rule set, the fleet split over <paramref name="partitions"/>.</summary>
    public static CampaignReport Run(FleetSpec spec, RuleSet ruleSet, IClock clock, int partitions = 1)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        spec = spec.Validated();
        var watch = Stopwatch.StartNew();
        var campaign = spec.SimulatedCampaign;
        var system = PartitionedDccSystem.Create(partitions, ruleSet, clock, campaign.DeviceOptions, spec.Devices);
        FleetGenerator.Populate(system, spec, clock.GetCurrentInstant());
        var totals = new CampaignTotals(campaign.LossRate, watch);
        CampaignWalk.Run(system, campaign, totals);
        return totals.Report!;
    }

    /// <summary>Runs the same campaign (same seed, same losses) under two rule sets.</summary>
    public static (CampaignReport Before, CampaignReport After) Compare(FleetSpec spec, RuleSet before, RuleSet after, IClock clock) =>
        (Run(spec, before, clock), Run(spec, after, clock));
}
