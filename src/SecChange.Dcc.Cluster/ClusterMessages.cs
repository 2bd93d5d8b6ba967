using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

// What crosses between silos, as Orleans-serialisable messages: the model's own types stay free of Orleans.

/// <summary>A parsed DUIS request.</summary>
[GenerateSerializer]
[Immutable]
public sealed class RequestMessage
{
    [Id(0)] public ulong Originator { get; init; }

    [Id(1)] public ulong Target { get; init; }

    [Id(2)] public ulong Counter { get; init; }

    [Id(3)] public int CommandVariant { get; init; }

    [Id(4)] public string ServiceReference { get; init; } = string.Empty;

    [Id(5)] public string ServiceReferenceVariant { get; init; } = string.Empty;

    [Id(6)] public string? BodyElement { get; init; }

    [Id(7)] public string? FirmwareVersion { get; init; }

    [Id(8)] public ulong[] DeviceIds { get; init; } = [];

    public static RequestMessage From(ServiceRequest r) => new()
    {
        Originator = r.RequestId.Originator.Value,
        Target = r.RequestId.Target.Value,
        Counter = r.RequestId.Counter,
        CommandVariant = r.CommandVariant,
        ServiceReference = r.ServiceReference,
        ServiceReferenceVariant = r.ServiceReferenceVariant,
        BodyElement = r.BodyElement,
        FirmwareVersion = r.FirmwareVersion,
        DeviceIds = [.. r.DeviceIdList.Select(d => d.Value)],
    };

    public ServiceRequest ToModel() =>
        new(new RequestId(new Eui64(Originator), new Eui64(Target), Counter), CommandVariant, ServiceReference, ServiceReferenceVariant)
        {
            BodyElement = BodyElement,
            FirmwareVersion = FirmwareVersion,
            DeviceIdList = [.. DeviceIds.Select(d => new Eui64(d))],
        };
}

/// <summary>A Service Response or DCC Alert the DSP sends asynchronously.</summary>
[GenerateSerializer]
[Immutable]
public sealed class OutboundMessageDto
{
    [Id(0)] public bool IsAlert { get; init; }

    [Id(1)] public ulong Recipient { get; init; }

    [Id(2)] public long AtTicks { get; init; }

    [Id(3)] public string Code { get; init; } = string.Empty;

    [Id(4)] public RequestMessage? Request { get; init; }

    [Id(5)] public bool HasReply { get; init; }

    [Id(6)] public ReplyKind ReplyKind { get; init; }

    [Id(7)] public string? ReplyFirmware { get; init; }

    [Id(8)] public ActivationOutcome ReplyOutcome { get; init; }

    [Id(9)] public ulong Device { get; init; }

    [Id(10)] public string[] DetailNames { get; init; } = [];

    [Id(11)] public string[] DetailValues { get; init; } = [];

    public static OutboundMessageDto From(OutboundMessage message) => message switch
    {
        ServiceResponse r => new OutboundMessageDto
        {
            Recipient = r.Recipient.Value,
            AtTicks = r.At.ToUnixTimeTicks(),
            Code = r.Code.ToString(),
            Request = new RequestMessage
            {
                Originator = r.RequestId.Originator.Value, Target = r.RequestId.Target.Value, Counter = r.RequestId.Counter,
                ServiceReference = r.ServiceReference, ServiceReferenceVariant = r.ServiceReferenceVariant,
            },
            HasReply = r.Reply is not null,
            ReplyKind = r.Reply?.Kind ?? default,
            ReplyFirmware = r.Reply?.FirmwareVersion,
            ReplyOutcome = r.Reply?.Outcome ?? default,
        },
        DccAlert a => new OutboundMessageDto
        {
            IsAlert = true,
            Recipient = a.Recipient.Value,
            AtTicks = a.At.ToUnixTimeTicks(),
            Code = a.Code,
            Device = a.Device.Value,
            DetailNames = [.. a.Details.Select(d => d.Key)],
            DetailValues = [.. a.Details.Select(d => d.Value)],
        },
        _ => throw new ArgumentException($"Unknown outbound message {message.GetType().Name}.", nameof(message)),
    };

    public OutboundMessage ToModel()
    {
        var at = Instant.FromUnixTimeTicks(AtTicks);
        if (IsAlert)
        {
            return new DccAlert(Code, new Eui64(Device),
                [.. DetailNames.Zip(DetailValues, (n, v) => new KeyValuePair<string, string>(n, v))], new Eui64(Recipient), at);
        }

        var request = Request!;
        return new ServiceResponse(new RequestId(new Eui64(request.Originator), new Eui64(request.Target), request.Counter),
            Enum.Parse<ResponseCode>(Code), request.ServiceReference, request.ServiceReferenceVariant,
            HasReply ? new DeviceReply(ReplyKind, ReplyFirmware, ReplyOutcome) : null, new Eui64(Recipient), at);
    }
}

/// <summary>The synchronous answer and what the partition sends asynchronously.</summary>
[GenerateSerializer]
[Immutable]
public sealed class SubmitReply
{
    [Id(0)] public ResponseCode Code { get; init; }

    [Id(1)] public OutboundMessageDto[] Messages { get; init; } = [];

    public static SubmitReply From(ResponseCode code, IEnumerable<OutboundMessage> messages) =>
        new() { Code = code, Messages = [.. messages.Select(OutboundMessageDto.From)] };
}

/// <summary>A GSME as its GPF reports it.</summary>
[GenerateSerializer]
[Immutable]
public sealed class GsmeMessage
{
    [Id(0)] public ulong Id { get; init; }

    [Id(1)] public string? SmiFirmware { get; init; }

    [Id(2)] public string? RunningFirmware { get; init; }

    [Id(3)] public ulong Supplier { get; init; }

    public static GsmeMessage From(GsmeView v) =>
        new() { Id = v.Id.Value, SmiFirmware = v.SmiFirmware, RunningFirmware = v.RunningFirmware, Supplier = v.Supplier.Value };

    public GsmeView ToModel() => new(new Eui64(Id), SmiFirmware, RunningFirmware, new Eui64(Supplier));
}

/// <summary>One Device of a Device file.</summary>
[GenerateSerializer]
[Immutable]
public sealed class DeviceMessage
{
    [Id(0)] public ulong Id { get; init; }

    [Id(1)] public DeviceType Type { get; init; }

    [Id(2)] public string Model { get; init; } = string.Empty;

    [Id(3)] public string? Firmware { get; init; }

    [Id(4)] public SmetsGeneration Generation { get; init; }

    [Id(5)] public SmiStatus Status { get; init; }

    [Id(6)] public long SinceTicks { get; init; }

    [Id(7)] public ulong Supplier { get; init; }

    [Id(8)] public ulong Network { get; init; }

    [Id(9)] public SmiStatus Prior { get; init; }

    public static DeviceMessage From(DeviceRecord d) => new()
    {
        Id = d.Id.Value, Type = d.Type, Model = d.Model, Firmware = d.FirmwareVersion, Generation = d.Generation, Status = d.Status,
        SinceTicks = d.StatusSince.ToUnixTimeTicks(), Supplier = d.ImportSupplier.Value, Network = d.NetworkOperator.Value,
        Prior = d.StatusBeforeSuspension,
    };

    public DeviceRecord ToModel() =>
        new(new Eui64(Id), Type, Model, Firmware, Generation, Status, Instant.FromUnixTimeTicks(SinceTicks), new Eui64(Supplier), new Eui64(Network))
        {
            StatusBeforeSuspension = Prior,
        };
}

/// <summary>A CPL entry.</summary>
[GenerateSerializer]
[Immutable]
public sealed class CplEntryMessage
{
    [Id(0)] public string Model { get; init; } = string.Empty;

    [Id(1)] public string FirmwareVersion { get; init; } = string.Empty;

    [Id(2)] public string GbcsVersion { get; init; } = string.Empty;

    public static CplEntryMessage From(CplEntry e) => new() { Model = e.Model, FirmwareVersion = e.FirmwareVersion, GbcsVersion = e.GbcsVersion };

    public CplEntry ToModel() => new(Model, FirmwareVersion, GbcsVersion);
}

/// <summary>What a Device file adds besides the Devices: CPL entries and GPF-GSME pairs.</summary>
[GenerateSerializer]
[Immutable]
public sealed class LoadExtras
{
    [Id(0)] public CplEntryMessage[] Cpl { get; init; } = [];

    [Id(1)] public ulong[] PairGpfs { get; init; } = [];

    [Id(2)] public ulong[] PairGsmes { get; init; } = [];
}

/// <summary>Why a partition cannot take its part of a load; null when it can.</summary>
[GenerateSerializer]
[Immutable]
public sealed class LoadRefusalMessage
{
    [Id(0)] public LoadRefusal Refusal { get; init; }

    [Id(1)] public string Problem { get; init; } = string.Empty;
}

/// <summary>What a CPL removal did in one partition.</summary>
[GenerateSerializer]
[Immutable]
public sealed class CplRemovalMessage
{
    [Id(0)] public CplEntryMessage[] Removed { get; init; } = [];

    [Id(1)] public ulong[] Suspended { get; init; } = [];
}

/// <summary>A Device as an administrator reads it.</summary>
[GenerateSerializer]
[Immutable]
public sealed class DeviceDetailsMessage
{
    [Id(0)] public DeviceMessage Record { get; init; } = new();

    [Id(1)] public string? RunningFirmware { get; init; }

    [Id(2)] public SmiStatus[] HistoryFrom { get; init; } = [];

    [Id(3)] public SmiStatus[] HistoryTo { get; init; } = [];

    [Id(4)] public long[] HistoryAtTicks { get; init; } = [];

    [Id(5)] public string[] HistoryReasons { get; init; } = [];

    public static DeviceDetailsMessage From(DeviceDetails d) => new()
    {
        Record = DeviceMessage.From(d.Record),
        RunningFirmware = d.RunningFirmware,
        HistoryFrom = [.. d.History.Select(h => h.From)],
        HistoryTo = [.. d.History.Select(h => h.To)],
        HistoryAtTicks = [.. d.History.Select(h => h.At.ToUnixTimeTicks())],
        HistoryReasons = [.. d.History.Select(h => h.Reason)],
    };

    public DeviceDetails ToModel() => new(Record.ToModel(), RunningFirmware,
        [.. HistoryFrom.Select((from, i) => new StatusChange(from, HistoryTo[i], Instant.FromUnixTimeTicks(HistoryAtTicks[i]), HistoryReasons[i]))]);
}

/// <summary>One partition's counts.</summary>
[GenerateSerializer]
[Immutable]
public sealed class PartitionOverview
{
    [Id(0)] public string RuleSetId { get; init; } = string.Empty;

    [Id(1)] public long Devices { get; init; }

    [Id(2)] public Dictionary<ResponseCode, long> ByCode { get; init; } = [];

    [Id(3)] public Dictionary<string, long> LostByServiceReference { get; init; } = [];

    [Id(4)] public long[] Counts { get; init; } = [];

    public static PartitionOverview From(DccSystem system)
    {
        var s = system.Statistics;
        return new PartitionOverview
        {
            RuleSetId = system.RuleSet.Id,
            Devices = system.Inventory.Count,
            ByCode = Enum.GetValues<ResponseCode>().Where(c => s.Count(c) > 0).ToDictionary(c => c, s.Count),
            LostByServiceReference = new Dictionary<string, long>(s.LostByServiceReference),
            Counts = [s.DevicesSilent, s.DeviceResponses, s.FirmwareAligned, s.DevicesRestored, s.DevicesSuspended, s.AlertsN29, s.AlertsN52],
        };
    }

    /// <summary>Adds these counts to a total.</summary>
    public void AddTo(DccStatistics total)
    {
        ArgumentNullException.ThrowIfNull(total);
        foreach (var (code, count) in ByCode)
        {
            total.Record(code, count);
        }

        foreach (var (reference, lost) in LostByServiceReference)
        {
            total.RecordLoss(reference, lost);
        }

        total.DevicesSilent += Counts[0];
        total.DeviceResponses += Counts[1];
        total.FirmwareAligned += Counts[2];
        total.DevicesRestored += Counts[3];
        total.DevicesSuspended += Counts[4];
        total.AlertsN29 += Counts[5];
        total.AlertsN52 += Counts[6];
    }
}
