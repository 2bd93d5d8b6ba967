using SecChange.Dcc.Comparison;

namespace SecChange.Dcc.Simulation;

/// <summary>The shape of a generated fleet and of the firmware campaign run over it.</summary>
public sealed record FleetSpec
{
    /// <summary>How many Devices in all (ESMEs, GSMEs and GPFs).</summary>
    public int Devices { get; init; } = 10_000;

    /// <summary>Share of premises with gas (a GSME and a GPF besides the ESME).</summary>
    public double GasShare { get; init; } = 0.8;

    /// <summary>Share of meters that are SMETS1.</summary>
    public double Smets1Share { get; init; } = 0.1;

    /// <summary>The firmware version removed from the CPL (what the meters run at the start).</summary>
    public string OldFirmware { get; init; } = "1.0";

    /// <summary>The firmware version the campaign installs (on the CPL).</summary>
    public string NewFirmware { get; init; } = "2.0";

    /// <summary>Fraction of Device responses lost (seed 004: about 20% of SR 11.3 responses).</summary>
    public double LossRate { get; init; } = 0.2;

    /// <summary>Fraction of SMETS1 SR 11.3 responses that carry a firmware version.</summary>
    public double Smets1ActivationVersionRate { get; init; } = 0.5;

    /// <summary>Automated SR 11.3 retries when a response is not received.</summary>
    public int ActivationRetries { get; init; } = 1;

    /// <summary>Whether the Supplier reads GSME firmware through the GPF (SR 11.2 to the GPF) after activation.</summary>
    public bool ReadThroughGpf { get; init; } = true;

    /// <summary>Whether the Supplier sends SR 11.2 to meters whose activation it never saw confirmed with a firmware version.</summary>
    public bool ReadFirmwareAfterLoss { get; init; } = true;

    /// <summary>Seed for every random choice, so before/after runs see the same losses.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The campaign the simulation runs over the fleet: every step but the closing GSME event reads.</summary>
    internal CampaignSettings Campaign => new()
    {
        OldFirmware = OldFirmware,
        NewFirmware = NewFirmware,
        LossRate = LossRate,
        Smets1ActivationVersionRate = Smets1ActivationVersionRate,
        ActivationRetries = ActivationRetries,
        Seed = Seed,
        ReadThroughGpf = ReadThroughGpf,
        ReadFirmwareAfterLoss = ReadFirmwareAfterLoss,
        ReadGsmeEvents = false,
    };

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public FleetSpec Validated()
    {
        if (Devices is < 1 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Devices), Devices, "The fleet must have 1 to 100,000,000 Devices.");
        }

        Campaign.Validated();
        CampaignSettings.CheckFractions(("gas share", GasShare), ("SMETS1 share", Smets1Share));
        return this;
    }
}
