using SecChange.Dcc.Inventory;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Devices;

/// <summary>What came back from a simulated Device.</summary>
/// <param name="Reply">The reply, when one reached the DSP.</param>
/// <param name="Lost">True when the Device answered but the response was lost on the way.</param>
public readonly record struct DeviceOutcome(DeviceReply? Reply, bool Lost)
{
    /// <summary>The Device sent nothing (e.g. a GSME without IRP550 and no events to report).</summary>
    public bool Silent => Reply is null && !Lost;
}

/// <summary>
/// The Device side, simulated: what firmware each Device really runs (which can differ from the SMI
/// after a lost response), images distributed and not yet activated, and lost responses.
/// </summary>
/// <remarks>
/// Columnar like the inventory; a row's firmware slot is 0 until the Device's firmware departs from the
/// SMI's, so an untouched fleet costs five bytes a Device (running, pending, draw count). Random choices
/// come from the Device's own stream (<see cref="DeviceRandom"/>): for a given seed a Device loses the same
/// responses whatever other Devices do and whichever rule set runs.
/// </remarks>
public sealed class SimulatedDevices
{
    private readonly SmartMeteringInventory _inventory;
    private readonly InternTable<string> _firmware = new("simulated firmware version");
    private ushort[] _running = [];
    private ushort[] _pending = [];
    private byte[] _draws = [];
    private int _scriptedLosses;

    public SimulatedDevices(SmartMeteringInventory inventory, DeviceSimulationOptions options)
    {
        _inventory = inventory;
        Options = options.Validated();
    }

    /// <summary>The options in force.</summary>
    public DeviceSimulationOptions Options { get; }

    /// <summary>The firmware the Device really runs.</summary>
    public string? RunningFirmware(int row)
    {
        var slot = row < _running.Length ? _running[row] : (ushort)0;
        return slot == 0 ? _inventory.FirmwareAt(row) : _firmware[slot];
    }

    /// <summary>What the Device runs when it differs from what the SMI was loaded with, or null.</summary>
    public string? RunningFirmwareOverride(int row) => row < _running.Length && _running[row] != 0 ? _firmware[_running[row]] : null;

    /// <summary>The image distributed and not yet activated, or null.</summary>
    public string? PendingFirmware(int row) => row < _pending.Length && _pending[row] != 0 ? _firmware[_pending[row]] : null;

    /// <summary>Sets what the Device really runs (for scenarios that start from a mismatch).</summary>
    public void SetRunningFirmware(int row, string version)
    {
        Ensure(row);
        _running[row] = _firmware.Intern(version);
    }

    /// <summary>SR 11.1: the image reaches the Device and waits for activation.</summary>
    public void Distribute(int row, string version)
    {
        Ensure(row);
        _pending[row] = _firmware.Intern(version);
    }

    /// <summary>The view of a GSME held in this partition, as a GPF reports it.</summary>
    public GsmeView ViewOf(int gsmeRow) =>
        new(_inventory.IdAt(gsmeRow), _inventory.FirmwareAt(gsmeRow), RunningFirmware(gsmeRow), _inventory.SupplierAt(gsmeRow));

    /// <summary>The Device handles a request and may answer; the answer may be lost.</summary>
    /// <param name="gsme">For a GPF, the GSME it serves (null when none is paired).</param>
    public DeviceOutcome Respond(ServiceRequest request, int row, GbcsBehaviour gbcs, GsmeView? gsme = null)
    {
        var reply = Answer(request, row, gbcs, gsme);
        if (reply is null)
        {
            return new DeviceOutcome(null, false);
        }

        if (_scriptedLosses > 0)
        {
            _scriptedLosses--;
            return new DeviceOutcome(null, true);
        }

        if (Options.ResponseLossRate > 0 &&
            (Options.LossAppliesTo.Count == 0 || Options.LossAppliesTo.Contains(request.ServiceReference)) &&
            NextDraw(row, DeviceRandom.LossStream) < Options.ResponseLossRate)
        {
            return new DeviceOutcome(null, true);
        }

        return new DeviceOutcome(reply, false);
    }

    /// <summary>Loses the next <paramref name="count"/> responses whatever the loss rate (to script a scenario).</summary>
    public void LoseNextResponses(int count) => _scriptedLosses = Math.Max(0, count);

    /// <summary>IRP603: whether the meter would share its security log with a HAN Device.</summary>
    public static bool SharesSecurityLogWithHanDevice(DeviceType meterType, GbcsBehaviour gbcs) =>
        meterType is DeviceType.ESME or DeviceType.GSME && gbcs.SecurityLogSharedWithHanDevices;

    private DeviceReply? Answer(ServiceRequest request, int row, GbcsBehaviour gbcs, GsmeView? gsme)
    {
        var type = _inventory.TypeAt(row);
        switch (request.ServiceReference)
        {
            case "11.2" when type == DeviceType.GPF:
                return new DeviceReply(ReplyKind.GsmeFirmwareViaGpf, gsme?.RunningFirmware);
            case "11.2":
                return new DeviceReply(ReplyKind.FirmwareVersion, RunningFirmware(row));
            case "11.3":
                return Activate(row);
            case "6.2" when type == DeviceType.GSME && request.ServiceReferenceVariant == "6.2.10":
                // The simulated GSME has no events to report: before IRP550 it stays silent.
                return gbcs.GsmeDefaultNoEventsResponse ? new DeviceReply(ReplyKind.NoEventsDefault, null) : null;
            default:
                return new DeviceReply(ReplyKind.Generic, null);
        }
    }

    private DeviceReply Activate(int row)
    {
        Ensure(row);
        var outcome = ActivationOutcome.AlreadyActive;
        if (_pending[row] != 0)
        {
            _running[row] = _pending[row];
            _pending[row] = 0;
            outcome = ActivationOutcome.Activated;
        }

        var reportsVersion = _inventory.GenerationAt(row) != SmetsGeneration.Smets1 ||
            (Options.Smets1ActivationVersionRate > 0 && NextDraw(row, DeviceRandom.Smets1VersionStream) < Options.Smets1ActivationVersionRate);
        return new DeviceReply(ReplyKind.Activation, reportsVersion ? RunningFirmware(row) : null, outcome);
    }

    private double NextDraw(int row, uint stream)
    {
        Ensure(row);
        var draw = _draws[row]++;
        return DeviceRandom.Draw(Options.Seed, _inventory.IdAt(row).Value, stream, draw);
    }

    private void Ensure(int row)
    {
        if (row < _running.Length)
        {
            return;
        }

        var size = Math.Max(row + 1, Math.Max(_inventory.Count, _running.Length * 2));
        Array.Resize(ref _running, size);
        Array.Resize(ref _pending, size);
        Array.Resize(ref _draws, size);
    }
}
