using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Processing;

/// <summary>Counts of what the DSP did: the evidence a Change Board asks for.</summary>
public sealed class DccStatistics
{
    private readonly long[] _byCode = new long[Enum.GetValues<ResponseCode>().Length];

    public long Requests { get; internal set; }

    public long ResponsesLost { get; internal set; }

    public long DevicesSilent { get; internal set; }

    public long DeviceResponses { get; internal set; }

    public long FirmwareAligned { get; internal set; }

    public long DevicesRestored { get; internal set; }

    public long DevicesSuspended { get; internal set; }

    public long AlertsN29 { get; internal set; }

    public long AlertsN52 { get; internal set; }

    /// <summary>Requests answered with a code (I99 for accepted ones).</summary>
    public long Count(ResponseCode code) => _byCode[(int)code];

    /// <summary>Requests rejected with any E-code.</summary>
    public long Rejected => _byCode.Skip((int)ResponseCode.E1).Sum();

    /// <summary>Rejections by code, only codes that occurred.</summary>
    public IReadOnlyDictionary<string, long> RejectionsByCode =>
        Enum.GetValues<ResponseCode>().Where(c => c.IsError() && _byCode[(int)c] > 0).ToDictionary(c => c.Text(), c => _byCode[(int)c]);

    internal void Record(ResponseCode code)
    {
        Requests++;
        _byCode[(int)code]++;
    }
}
