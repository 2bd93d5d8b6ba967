using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Files;

/// <summary>
/// A whole <see cref="DccSystem"/> as JSON text — inventory with status histories, CPL, GPF pairs and the
/// simulated Devices' firmware — so a command-line session can keep state between processes.
/// </summary>
public static class DccStateDocument
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the system's state.</summary>
    public static string Write(DccSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var inv = system.Inventory;
        var state = new StateDto
        {
            Modifications = [.. system.RuleSet.Modifications.Select(m => m.Reference)],
            RuleSetName = system.RuleSet.GivenName,
            LossRate = system.Devices.Options.ResponseLossRate,
            Seed = system.Devices.Options.Seed,
            Cpl = [.. system.Cpl.Entries.Select(e => new CplDto { Model = e.Model, Firmware = e.FirmwareVersion, GbcsVersion = e.GbcsVersion })],
        };
        for (var row = 0; row < inv.Count; row++)
        {
            var gsme = inv.GsmeIdServedBy(row);
            state.Devices.Add(new DeviceDto
            {
                Id = inv.IdAt(row).ToString(),
                Type = inv.TypeAt(row).ToString(),
                Model = inv.ModelAt(row),
                Firmware = inv.FirmwareAt(row),
                Smets = (int)inv.GenerationAt(row),
                Status = inv.StatusAt(row) == SmiStatus.None ? null : inv.StatusAt(row).ToString(),
                StatusSince = DeviceFile.FormatInstant(inv.Snapshot(row).StatusSince),
                StatusBeforeSuspension = inv.StatusBeforeSuspensionAt(row) == SmiStatus.None ? null : inv.StatusBeforeSuspensionAt(row).ToString(),
                ImportSupplier = inv.SupplierAt(row).ToString(),
                NetworkOperator = inv.NetworkOperatorAt(row).ToString(),
                Gsme = gsme?.ToString(),
                Running = system.Devices.RunningFirmwareOverride(row),
                Pending = system.Devices.PendingFirmware(row),
                History = inv.HasChangedStatus(row)
                    ? [.. inv.HistoryOf(row).Select(h => new HistoryDto { From = h.From.ToString(), To = h.To.ToString(), At = DeviceFile.FormatInstant(h.At), Reason = h.Reason })]
                    : null,
            });
        }

        return JsonSerializer.Serialize(state, Json);
    }

    /// <summary>Rebuilds a system from saved state.</summary>
    /// <exception cref="FormatException">The text is not a saved state.</exception>
    /// <exception cref="KeyNotFoundException">It names a modification with no behaviour in the catalogue.</exception>
    public static DccSystem Read(string json, BehaviourCatalogue catalogue, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        StateDto state;
        try
        {
            state = JsonSerializer.Deserialize<StateDto>(json, Json) ?? throw new FormatException("The state file is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The state file is not valid: {ex.Message}", ex);
        }

        if (state.Modifications is null)
        {
            throw new FormatException("The state file does not say which modifications' behaviour it runs (it predates behaviours keyed by register reference): load the inventory again.");
        }

        var system = new DccSystem(catalogue.ComposeExactly(state.Modifications, state.RuleSetName), clock,
            new DeviceSimulationOptions { ResponseLossRate = state.LossRate, Seed = state.Seed }.Validated(),
            new SmartMeteringInventory(Math.Max(16, state.Devices.Count)));
        foreach (var e in state.Cpl)
        {
            system.Cpl.Add(new CplEntry(e.Model!, e.Firmware!, e.GbcsVersion!));
        }

        var inv = system.Inventory;
        var pairs = new List<(int Gpf, Eui64 Gsme)>();
        foreach (var d in state.Devices)
        {
            var record = new DeviceRecord(
                Eui64.Parse(d.Id!),
                Enum.Parse<DeviceType>(d.Type!),
                d.Model ?? string.Empty,
                d.Firmware,
                (SmetsGeneration)d.Smets,
                d.Status is null ? SmiStatus.None : Enum.Parse<SmiStatus>(d.Status),
                DeviceFile.ReadInstant(d.StatusSince),
                Eui64.Parse(d.ImportSupplier!),
                Eui64.Parse(d.NetworkOperator!))
            {
                StatusBeforeSuspension = d.StatusBeforeSuspension is null ? SmiStatus.None : Enum.Parse<SmiStatus>(d.StatusBeforeSuspension),
            };
            var row = inv.Add(record);
            if (d.History is { Count: > 0 } history)
            {
                inv.LoadHistory(row, history.Select(h => new StatusChange(Enum.Parse<SmiStatus>(h.From!), Enum.Parse<SmiStatus>(h.To!), DeviceFile.ReadInstant(h.At), h.Reason ?? string.Empty)));
            }

            if (d.Running is not null)
            {
                system.Devices.SetRunningFirmware(row, d.Running);
            }

            if (d.Pending is not null)
            {
                system.Devices.Distribute(row, d.Pending);
            }

            if (d.Gsme is not null)
            {
                pairs.Add((row, Eui64.Parse(d.Gsme)));
            }
        }

        foreach (var (gpf, gsme) in pairs)
        {
            var gsmeRow = inv.RowOf(gsme);
            if (gsmeRow >= 0)
            {
                inv.PairGasProxy(gpf, gsmeRow);
            }
        }

        return system;
    }

    private sealed class StateDto
    {
        public List<string>? Modifications { get; set; }

        public string? RuleSetName { get; set; }

        public double LossRate { get; set; }

        public int Seed { get; set; } = 1;

        public List<CplDto> Cpl { get; set; } = [];

        public List<DeviceDto> Devices { get; set; } = [];
    }

    private sealed class CplDto
    {
        public string? Model { get; set; }

        public string? Firmware { get; set; }

        public string? GbcsVersion { get; set; }
    }

    private sealed class DeviceDto
    {
        public string? Id { get; set; }

        public string? Type { get; set; }

        public string? Model { get; set; }

        public string? Firmware { get; set; }

        public int Smets { get; set; }

        public string? Status { get; set; }

        public string? StatusSince { get; set; }

        public string? StatusBeforeSuspension { get; set; }

        public string? ImportSupplier { get; set; }

        public string? NetworkOperator { get; set; }

        public string? Gsme { get; set; }

        public string? Running { get; set; }

        public string? Pending { get; set; }

        public List<HistoryDto>? History { get; set; }
    }

    private sealed class HistoryDto
    {
        public string? From { get; set; }

        public string? To { get; set; }

        public string? At { get; set; }

        public string? Reason { get; set; }
    }
}
