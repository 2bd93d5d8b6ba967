using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Processing;

/// <summary>
/// The DCC System model: the DSP's Service Request processing over the Smart Metering Inventory and
/// Central Products List, with the Device side simulated, under one rule set.
/// </summary>
/// <remarks>
/// Order of checks (documented in docs/dcc-model.md): validation first — E13 unknown SRV or SRV not of
/// the Service Reference, E12 Command Variant, E19 Device not in the SMI, E11 Device type — then
/// authorisation — E1 unknown User, E3 User not active, E2 role not eligible for the SRV, E4 role not
/// responsible for the Device, E5 Device status. The first failing check answers. Not thread-safe: one
/// instance is one partition of the fleet, and <see cref="PartitionedDccSystem"/> (or a grain) serialises
/// its calls.
/// </remarks>
public sealed class DccSystem
{
    private readonly IClock _clock;
    private readonly Dictionary<(string Source, string Firmware), string> _restoreReasons = [];

    public DccSystem(RuleSet ruleSet, IClock clock, DeviceSimulationOptions? deviceOptions = null, SmartMeteringInventory? inventory = null)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Inventory = inventory ?? new SmartMeteringInventory();
        Devices = new SimulatedDevices(Inventory, deviceOptions ?? new DeviceSimulationOptions());
    }

    public SmartMeteringInventory Inventory { get; }

    public CentralProductsList Cpl { get; } = new();

    public DccUserRegistry Users { get; init; } = DccUserRegistry.CreateDefault();

    public RequestMatrix Matrix { get; init; } = RequestMatrix.Default;

    public ServiceApplicability Applicability { get; init; } = ServiceApplicability.Default;

    public GbcsVersionMapping GbcsMapping { get; init; } = GbcsVersionMapping.Default;

    public SimulatedDevices Devices { get; }

    /// <summary>The behaviour version in force; may be switched between runs.</summary>
    public RuleSet RuleSet { get; set; }

    public DccStatistics Statistics { get; } = new();

    /// <summary>Removes a firmware version from the CPL and suspends every Device running it, remembering its status.</summary>
    public CplRemovalResult RemoveFirmwareFromCpl(string? model, string firmwareVersion)
    {
        var removed = Cpl.RemoveFirmware(model, firmwareVersion);
        var suspended = new List<Eui64>();
        var now = _clock.GetCurrentInstant();
        foreach (var entry in removed)
        {
            // One reason string for every Device the entry suspends: a GB-scale removal touches millions.
            var reason = $"firmware {entry.FirmwareVersion} of {entry.Model} removed from the CPL";
            foreach (var row in Inventory.RowsRunning(entry.Model, entry.FirmwareVersion))
            {
                var status = Inventory.StatusAt(row);
                if (status is SmiStatus.None or SmiStatus.Suspended or SmiStatus.Decommissioned or SmiStatus.Withdrawn)
                {
                    continue;
                }

                Inventory.Suspend(row, now, reason);
                suspended.Add(Inventory.IdAt(row));
            }
        }

        Statistics.DevicesSuspended += suspended.Count;
        return new CplRemovalResult(removed, suspended);
    }

    /// <summary>A Device's SMI record, status history and the firmware it really runs; null when not held here.</summary>
    public DeviceDetails? FindDevice(Eui64 id)
    {
        var row = Inventory.RowOf(id);
        return row < 0 ? null : new DeviceDetails(Inventory.Snapshot(row), Devices.RunningFirmware(row), [.. Inventory.HistoryOf(row)]);
    }

    /// <summary>Loads a Device file: every Device, CPL entry and GPF-GSME pair, or nothing when any is refused.</summary>
    public InventoryLoadResult Load(DeviceFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var refusal = CheckLoad(content.Devices);
        if (refusal is not null)
        {
            return refusal;
        }

        ApplyLoad(content, content.Devices, id => Inventory.Contains(id));
        return new InventoryLoadResult(content.Devices.Count, content.Cpl.Count, Inventory.Count);
    }

    /// <summary>Checks that the Devices of this partition can all be added; null when they can.</summary>
    public InventoryLoadResult? CheckLoad(IReadOnlyList<DeviceRecord> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var clash = devices.FirstOrDefault(d => Inventory.Contains(d.Id));
        if (clash is not null)
        {
            return InventoryLoadResult.Refused(LoadRefusal.DuplicateDevice, DccMessages.DuplicateDevice(clash.Id.ToString()), Inventory.Count);
        }

        return Inventory.CheckRoomFor(devices) is { } problem
            ? InventoryLoadResult.Refused(LoadRefusal.TooManyDistinctValues, problem, Inventory.Count)
            : null;
    }

    /// <summary>
    /// Adds checked Devices of this partition, the file's CPL entries and the pairs of its GPFs (with
    /// GSMEs wherever <paramref name="isLoaded"/> finds them).
    /// </summary>
    public void ApplyLoad(DeviceFileContent content, IReadOnlyList<DeviceRecord> devices, Func<Eui64, bool> isLoaded)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(isLoaded);
        foreach (var entry in content.Cpl)
        {
            Cpl.Add(entry);
        }

        foreach (var device in devices)
        {
            Inventory.Add(device);
        }

        foreach (var (gpf, gsme) in content.Pairs)
        {
            if (Inventory.RowOf(gpf) is var gpfRow and >= 0 && isLoaded(gsme))
            {
                Inventory.PairGasProxy(gpfRow, gsme);
            }
        }
    }

    /// <summary>Validates and authorises a request without changing anything.</summary>
    /// <returns>I99 when the request would be accepted, else the first failing check's E-code.</returns>
    public ResponseCode Authorise(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Validation.
        if (!Matrix.TryGet(request.ServiceReferenceVariant, out var srv) ||
            !string.Equals(srv.ServiceReference, request.ServiceReference, StringComparison.Ordinal))
        {
            return ResponseCode.E13;
        }

        var cv = request.CommandVariant;
        var cvFits = srv.NonDevice ? cv == 8 : srv.Critical ? cv is >= 4 and <= 7 : cv is >= 1 and <= 3;
        if (!cvFits)
        {
            return ResponseCode.E12;
        }

        var row = -1;
        if (!srv.NonDevice)
        {
            row = Inventory.RowOf(request.RequestId.Target);
            if (row < 0)
            {
                return ResponseCode.E19;
            }

            if (!RuleSet.Applicability(request.ServiceReference, Applicability.For(request.ServiceReference)).Contains(Inventory.TypeAt(row)))
            {
                return ResponseCode.E11;
            }
        }
        else
        {
            foreach (var id in request.DeviceIdList)
            {
                if (!Inventory.Contains(id))
                {
                    return ResponseCode.E19;
                }
            }
        }

        // Authorisation.
        if (!Users.TryGet(request.RequestId.Originator, out var user))
        {
            return ResponseCode.E1;
        }

        if (!user.Active)
        {
            return ResponseCode.E3;
        }

        if (!srv.IsEligible(user.Role))
        {
            return ResponseCode.E2;
        }

        if (row >= 0)
        {
            return AuthoriseForDevice(user, srv, cv, row);
        }

        foreach (var id in request.DeviceIdList)
        {
            var code = AuthoriseForDevice(user, srv, cv, Inventory.RowOf(id));
            if (code != ResponseCode.I99)
            {
                return code;
            }
        }

        return ResponseCode.I99;
    }

    private ResponseCode AuthoriseForDevice(DccUser user, ServiceRequestVariant srv, int cv, int row)
    {
        const UserRole suppliers = UserRole.IS | UserRole.GS;
        const UserRole networks = UserRole.ED | UserRole.GT;
        var roles = user.Role & srv.EligibleRoles;
        var responsible =
            (roles & ~(suppliers | networks)) != 0 ||
            ((roles & suppliers) != 0 && Inventory.SupplierAt(row) == user.Id) ||
            ((roles & networks) != 0 && Inventory.NetworkOperatorAt(row) == user.Id);
        if (!responsible)
        {
            return ResponseCode.E4;
        }

        var status = Inventory.StatusAt(row);
        if (status == SmiStatus.None)
        {
            return ResponseCode.I99;
        }

        return RuleSet.PolicyFor(status) switch
        {
            StatusPolicy.All => ResponseCode.I99,
            StatusPolicy.CriticalAndExceptions when srv.Critical ||
                RuleSet.IsSuspendedException(srv.ServiceReference, cv, Inventory.TypeAt(row), Inventory.GenerationAt(row)) => ResponseCode.I99,
            _ => ResponseCode.E5,
        };
    }

    /// <summary>
    /// Processes a request: answers it synchronously (I99 or an E-code) and, when accepted, runs it on the
    /// simulated Devices and puts the asynchronous responses and DCC Alerts in the outbox.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="outbox">Where asynchronous responses and alerts go.</param>
    /// <param name="remoteGsme">For SR 11.2 to a GPF whose GSME another partition holds, that GSME as read there.</param>
    public ResponseCode Submit(ServiceRequest request, IOutbox outbox, GsmeView? remoteGsme = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var code = Authorise(request);
        Statistics.Record(code);
        if (code != ResponseCode.I99)
        {
            return code;
        }

        Matrix.TryGet(request.ServiceReferenceVariant, out var srv);
        if (srv!.NonDevice)
        {
            ApplyNonDevice(request);
            AcknowledgeNonDevice(request, outbox);
            return code;
        }

        var now = _clock.GetCurrentInstant();
        var row = Inventory.RowOf(request.RequestId.Target);
        var gbcs = RuleSet.Has(Behaviour.GbcsVersionBehaviours, Inventory.TypeAt(row))
            ? GbcsMapping.For(Cpl.Find(Inventory.ModelAt(row), Inventory.FirmwareAt(row))?.GbcsVersion)
            : GbcsMapping.Fallback;
        var gsme = Inventory.TypeAt(row) == DeviceType.GPF ? LocalGsme(row) ?? remoteGsme : null;
        var outcome = Devices.Respond(request, row, gbcs, gsme);
        if (outcome.Lost)
        {
            Statistics.RecordLoss(request.ServiceReference);
            return code;
        }

        if (outcome.Silent)
        {
            Statistics.DevicesSilent++;
            return code;
        }

        Statistics.DeviceResponses++;
        HandleReply(row, outcome.Reply!, gsme, now, outbox);
        outbox.Deliver(new ServiceResponse(request.RequestId, ResponseCode.I0, request.ServiceReference,
            request.ServiceReferenceVariant, outcome.Reply, request.RequestId.Originator, now));
        return code;
    }

    /// <summary>
    /// Applies an authorised Non-Device request to the Devices of this partition it names (SR 11.1
    /// distributes the image); the caller has checked every partition the request spans first.
    /// </summary>
    public void ApplyNonDevice(ServiceRequest part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.ServiceReference == "11.1" && part.FirmwareVersion is { } version)
        {
            foreach (var id in part.DeviceIdList)
            {
                Devices.Distribute(Inventory.RowOf(id), version);
            }
        }
    }

    /// <summary>Sends the asynchronous I0 response to an accepted Non-Device request.</summary>
    public void AcknowledgeNonDevice(ServiceRequest request, IOutbox outbox)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outbox);
        outbox.Deliver(new ServiceResponse(request.RequestId, ResponseCode.I0, request.ServiceReference,
            request.ServiceReferenceVariant, null, request.RequestId.Originator, _clock.GetCurrentInstant()));
    }

    /// <summary>Of two answers, the one whose check comes first in the documented order (I99 last).</summary>
    public static ResponseCode FirstFailing(ResponseCode a, ResponseCode b) => CheckRank(a) <= CheckRank(b) ? a : b;

    private static int CheckRank(ResponseCode code) => code switch
    {
        ResponseCode.E13 => 0,
        ResponseCode.E12 => 1,
        ResponseCode.E19 => 2,
        ResponseCode.E11 => 3,
        ResponseCode.E1 => 4,
        ResponseCode.E3 => 5,
        ResponseCode.E2 => 6,
        ResponseCode.E4 => 7,
        ResponseCode.E5 => 8,
        ResponseCode.I99 => int.MaxValue,
        _ => 9,
    };

    /// <summary>
    /// For SR 11.2 to a GPF held here whose GSME another partition holds, that GSME's id (read it there with
    /// <see cref="ViewGsme"/> and pass it to <see cref="Submit"/>); otherwise null.
    /// </summary>
    public Eui64? RemoteGsmeOf(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ServiceReference != "11.2")
        {
            return null;
        }

        var row = Inventory.RowOf(request.RequestId.Target);
        if (row < 0 || Inventory.TypeAt(row) != DeviceType.GPF || Inventory.GsmeIdServedBy(row) is not { } gsme)
        {
            return null;
        }

        return Inventory.Contains(gsme) ? null : gsme;
    }

    /// <summary>A GSME held in this partition as its GPF reports it, or null.</summary>
    public GsmeView? ViewGsme(Eui64 gsme)
    {
        var row = Inventory.RowOf(gsme);
        return row < 0 ? null : Devices.ViewOf(row);
    }

    private GsmeView? LocalGsme(int gpfRow)
    {
        var gsme = Inventory.GsmeServedBy(gpfRow);
        return gsme < 0 ? null : Devices.ViewOf(gsme);
    }

    private void HandleReply(int row, DeviceReply reply, GsmeView? gsme, Instant now, IOutbox outbox)
    {
        var type = Inventory.TypeAt(row);
        switch (reply.Kind)
        {
            case ReplyKind.GsmeFirmwareViaGpf:
                // Unchanged by MP105: a mismatch raises N52 and changes nothing; SR 11.2 must go to the GSME.
                if (gsme is { } g && reply.FirmwareVersion is { } reported && reported != g.SmiFirmware)
                {
                    Statistics.AlertsN52++;
                    outbox.Deliver(new DccAlert(DccAlert.GsmeFirmwareVersionMismatch, g.Id,
                        [new("ReportedFirmwareVersion", reported), new("SMIFirmwareVersion", g.SmiFirmware ?? string.Empty),
                         new("GPFDeviceID", Inventory.IdAt(row).ToString())],
                        g.Supplier, now));
                }

                break;
            case ReplyKind.FirmwareVersion when reply.FirmwareVersion is { } read &&
                RuleSet.Has(Behaviour.FirmwareReadAlignsInventory, type):
                Align(row, read, "SR 11.2 response", now, outbox);
                break;
            case ReplyKind.Activation when reply.FirmwareVersion is { } active:
                if (reply.Outcome == ActivationOutcome.Activated)
                {
                    Align(row, active, "SR 11.3 response", now, outbox);
                }
                else if (RuleSet.Has(Behaviour.ActivationRetryAlignsInventory, type))
                {
                    Align(row, active, "retried SR 11.3 response", now, outbox);
                }

                break;
        }
    }

    // One reason string per source and firmware version: a fleet-wide campaign restores millions of Devices.
    private string RestoreReason(string source, string firmware)
    {
        if (!_restoreReasons.TryGetValue((source, firmware), out var reason))
        {
            reason = $"{source} shows firmware {firmware}, which is on the CPL";
            _restoreReasons[(source, firmware)] = reason;
        }

        return reason;
    }

    private void Align(int row, string firmware, string source, Instant now, IOutbox outbox)
    {
        if (Inventory.FirmwareAt(row) != firmware)
        {
            Inventory.SetFirmware(row, firmware);
            Statistics.FirmwareAligned++;
        }

        if (Inventory.StatusAt(row) != SmiStatus.Suspended || !Cpl.Contains(Inventory.ModelAt(row), firmware))
        {
            return;
        }

        var restored = Inventory.RestoreFromSuspension(row, now, RestoreReason(source, firmware));
        Statistics.DevicesRestored++;
        var device = Inventory.IdAt(row);
        KeyValuePair<string, string>[] details =
            [new("RestoredSMIStatus", restored.ToString()), new("FirmwareVersion", firmware)];
        var supplier = Inventory.SupplierAt(row);
        var network = Inventory.NetworkOperatorAt(row);
        outbox.Deliver(new DccAlert(DccAlert.DeviceRestoredFromSuspension, device, details, supplier, now));
        Statistics.AlertsN29++;
        if (network != supplier)
        {
            outbox.Deliver(new DccAlert(DccAlert.DeviceRestoredFromSuspension, device, details, network, now));
            Statistics.AlertsN29++;
        }
    }
}
