using SecChange.Dcc.Comparison;

namespace SecChange.Dcc.Simulation;

/// <summary>The shape of a generated fleet and the firmware campaign run over it.</summary>
public sealed record FleetSpec
{
    /// <summary>How many Devices in all (ESMEs, GSMEs and GPFs).</summary>
    public int Devices { get; init; } = 10_000;

    /// <summary>Share of premises with gas (a GSME and a GPF besides the ESME).</summary>
    public double GasShare { get; init; } = 0.8;

    /// <summary>Share of meters that are SMETS1.</summary>
    public double Smets1Share { get; init; } = 0.1;

    /// <summary>
    /// The campaign over the fleet: the meters start on its old firmware, its seed draws the fleet as well as
    /// the losses, so before/after runs see the same fleet and the same losses.
    /// </summary>
    public CampaignSettings Campaign { get; init; } = new();

    /// <summary>The campaign the scale simulation runs: every step but the closing GSME event reads.</summary>
    internal CampaignSettings SimulatedCampaign => Campaign with { ReadGsmeEvents = false };

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public FleetSpec Validated()
    {
        if (Devices is < 1 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Devices), Devices, "The fleet must have 1 to 100,000,000 Devices.");
        }

        ArgumentNullException.ThrowIfNull(Campaign);
        Campaign.Validated();
        CampaignSettings.CheckFractions(("gas share", GasShare), ("SMETS1 share", Smets1Share));
        return this;
    }
}
