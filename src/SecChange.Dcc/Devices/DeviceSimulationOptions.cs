namespace SecChange.Dcc.Devices;

/// <summary>How the simulated Device side behaves.</summary>
public sealed record DeviceSimulationOptions
{
    /// <summary>Fraction of responses lost before they reach the DSP (0 to 1). Seed 004: about 0.2 for SR 11.3.</summary>
    public double ResponseLossRate { get; init; }

    /// <summary>Service References whose responses can be lost; empty means every Device response.</summary>
    public IReadOnlySet<string> LossAppliesTo { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Fraction of SMETS1 SR 11.3 responses that carry the firmware version (SMETS1 firmware activation is
    /// usually one step, and the response may not carry a version). [CONFIGURABLE]
    /// </summary>
    public double Smets1ActivationVersionRate { get; init; }

    /// <summary>Seed of the random source, so runs repeat.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside 0..1.</exception>
    public DeviceSimulationOptions Validated()
    {
        if (ResponseLossRate is < 0 or > 1 || double.IsNaN(ResponseLossRate))
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseLossRate), ResponseLossRate, "The response loss rate must be between 0 and 1.");
        }

        if (Smets1ActivationVersionRate is < 0 or > 1 || double.IsNaN(Smets1ActivationVersionRate))
        {
            throw new ArgumentOutOfRangeException(nameof(Smets1ActivationVersionRate), Smets1ActivationVersionRate, "The rate must be between 0 and 1.");
        }

        return this;
    }
}
