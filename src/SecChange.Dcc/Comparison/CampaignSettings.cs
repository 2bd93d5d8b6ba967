using SecChange.Dcc.Devices;

namespace SecChange.Dcc.Comparison;

/// <summary>
/// A firmware campaign's settings: what the comparison runs under both rule sets, and what the scale
/// simulation runs over a generated fleet (<see cref="Simulation.FleetSpec"/>).
/// </summary>
public sealed record CampaignSettings
{
    /// <summary>The firmware version removed from the CPL (every Device running it is Suspended, then updated).</summary>
    public string OldFirmware { get; init; } = "1.0";

    /// <summary>The firmware version the campaign installs (on the CPL).</summary>
    public string NewFirmware { get; init; } = "2.0";

    /// <summary>Fraction of Device responses lost (seed 004: about 20% of SR 11.3 responses).</summary>
    public double LossRate { get; init; } = 0.2;

    /// <summary>Fraction of SMETS1 SR 11.3 responses that carry a firmware version.</summary>
    public double Smets1ActivationVersionRate { get; init; } = 0.5;

    /// <summary>Automated SR 11.3 retries when no response arrives.</summary>
    public int ActivationRetries { get; init; } = 1;

    /// <summary>Seed for every random choice, so both runs see the same losses.</summary>
    public int Seed { get; init; } = 42;

    // The steps the scale simulation may leave out; a comparison runs them all (not public, so not in its output).

    /// <summary>Whether the Supplier reads each updated GSME's firmware through its GPF (SR 11.2 to the GPF).</summary>
    internal bool ReadThroughGpf { get; init; } = true;

    /// <summary>Whether the Supplier reads firmware (SR 11.2) where activation was not confirmed with a version.</summary>
    internal bool ReadFirmwareAfterLoss { get; init; } = true;

    /// <summary>Whether the campaign ends by reading every GSME's event and alert behaviours (SR 6.2.10, where MP078's IRP550 shows).</summary>
    internal bool ReadGsmeEvents { get; init; } = true;

    /// <summary>The simulated Devices' options: the losses and SMETS1 answers this campaign meets.</summary>
    internal DeviceSimulationOptions DeviceOptions => new()
    {
        ResponseLossRate = LossRate,
        Smets1ActivationVersionRate = Smets1ActivationVersionRate,
        Seed = Seed,
    };

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CampaignSettings Validated()
    {
        CheckFractions(("loss rate", LossRate), ("SMETS1 version rate", Smets1ActivationVersionRate));
        if (ActivationRetries is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(ActivationRetries), ActivationRetries, "Retries must be 0 to 10.");
        }

        if (string.IsNullOrWhiteSpace(OldFirmware) || string.IsNullOrWhiteSpace(NewFirmware) || OldFirmware == NewFirmware)
        {
            throw new ArgumentOutOfRangeException(nameof(NewFirmware), NewFirmware, "The new firmware must be given and differ from the old.");
        }

        return this;
    }

    /// <summary>Checks that each named value is a fraction (0 to 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0 to 1, or not a number.</exception>
    internal static void CheckFractions(params (string Name, double Value)[] fractions)
    {
        foreach (var (name, value) in fractions)
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"The {name} must be between 0 and 1.");
            }
        }
    }
}
