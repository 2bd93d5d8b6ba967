using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Processing;

/// <summary>Counts of what the DSP did: the evidence a Change Board asks for.</summary>
public sealed class DccStatistics
{
    private readonly long[] _byCode = new long[Enum.GetValues<ResponseCode>().Length];
    private readonly Dictionary<string, long> _lostByReference = new(StringComparer.Ordinal);

    public long Requests { get; set; }

    public long ResponsesLost { get; set; }

    public long DevicesSilent { get; set; }

    public long DeviceResponses { get; set; }

    public long FirmwareAligned { get; set; }

    public long DevicesRestored { get; set; }

    public long DevicesSuspended { get; set; }

    public long AlertsN29 { get; set; }

    public long AlertsN52 { get; set; }

    /// <summary>Requests answered with a code (I99 for accepted ones).</summary>
    public long Count(ResponseCode code) => _byCode[(int)code];

    /// <summary>Requests rejected with any E-code.</summary>
    public long Rejected => _byCode.Skip((int)ResponseCode.E1).Sum();

    /// <summary>Rejections by code, only codes that occurred.</summary>
    public IReadOnlyDictionary<string, long> RejectionsByCode =>
        Enum.GetValues<ResponseCode>().Where(c => c.IsError() && _byCode[(int)c] > 0).ToDictionary(c => c.Text(), c => _byCode[(int)c]);

    /// <summary>Responses lost by Service Reference (before and after a change, the same requests lose the same responses).</summary>
    public IReadOnlyDictionary<string, long> LostByServiceReference => _lostByReference;

    /// <summary>Counts requests answered with a code.</summary>
    public void Record(ResponseCode code, long times = 1)
    {
        Requests += times;
        _byCode[(int)code] += times;
    }

    /// <summary>Counts responses lost for a Service Reference.</summary>
    public void RecordLoss(string serviceReference, long times = 1)
    {
        ResponsesLost += times;
        _lostByReference[serviceReference] = _lostByReference.GetValueOrDefault(serviceReference) + times;
    }

    /// <summary>Adds another partition's counts to these.</summary>
    public void Add(DccStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Requests += other.Requests;
        for (var i = 0; i < _byCode.Length; i++)
        {
            _byCode[i] += other._byCode[i];
        }

        foreach (var (reference, lost) in other._lostByReference)
        {
            _lostByReference[reference] = _lostByReference.GetValueOrDefault(reference) + lost;
        }

        ResponsesLost += other.ResponsesLost;
        DevicesSilent += other.DevicesSilent;
        DeviceResponses += other.DeviceResponses;
        FirmwareAligned += other.FirmwareAligned;
        DevicesRestored += other.DevicesRestored;
        DevicesSuspended += other.DevicesSuspended;
        AlertsN29 += other.AlertsN29;
        AlertsN52 += other.AlertsN52;
    }

    /// <summary>The counts of every partition together.</summary>
    public static DccStatistics Sum(IEnumerable<DccStatistics> partitions)
    {
        var total = new DccStatistics();
        foreach (var partition in partitions)
        {
            total.Add(partition);
        }

        return total;
    }
}
