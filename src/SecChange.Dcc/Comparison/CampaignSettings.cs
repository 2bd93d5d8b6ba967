namespace SecChange.Dcc.Comparison;

/// <summary>The campaign a comparison runs over a fleet, the same under both rule sets.</summary>
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

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CampaignSettings Validated()
    {
        foreach (var (name, value) in new[] { ("loss rate", LossRate), ("SMETS1 version rate", Smets1ActivationVersionRate) })
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"The {name} must be between 0 and 1.");
            }
        }

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
}
