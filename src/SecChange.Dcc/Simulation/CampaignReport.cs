namespace SecChange.Dcc.Simulation;

/// <summary>What a firmware campaign did under one rule set.</summary>
public sealed record CampaignReport
{
    public required string RuleSetId { get; init; }

    public required string RuleSetName { get; init; }

    public required int Devices { get; init; }

    /// <summary>Meters (ESME, GSME) the campaign updates.</summary>
    public required int MetersTargeted { get; init; }

    public required double LossRate { get; init; }

    /// <summary>Devices suspended when the old firmware left the CPL.</summary>
    public required long SuspendedByCplRemoval { get; init; }

    /// <summary>Devices still Suspended at the end: the ones that cannot be recovered without another update.</summary>
    public required int EndedSuspended { get; init; }

    /// <summary>Meters running the new firmware while the SMI still records the old one.</summary>
    public required int FirmwareMismatches { get; init; }

    public required long DevicesRestored { get; init; }

    public required long AlertsN29 { get; init; }

    public required long AlertsN52 { get; init; }

    public required long RequestsSent { get; init; }

    public required long RequestsRejected { get; init; }

    public required IReadOnlyDictionary<string, long> RejectionsByCode { get; init; }

    public required long ResponsesLost { get; init; }

    /// <summary>Responses lost per Service Reference: requests that reach a Device in both runs of a comparison lose the same ones.</summary>
    public IReadOnlyDictionary<string, long> LostByServiceReference { get; init; } = new Dictionary<string, long>();

    /// <summary>Partitions the fleet was split over (the outcome does not depend on it).</summary>
    public int Partitions { get; init; } = 1;

    public required double ElapsedSeconds { get; init; }

    /// <summary>Share of targeted meters that ended Suspended.</summary>
    public double EndedSuspendedShare => MetersTargeted == 0 ? 0 : (double)EndedSuspended / MetersTargeted;
}
