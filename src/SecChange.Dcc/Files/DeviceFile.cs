using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Products;

namespace SecChange.Dcc.Files;

/// <summary>Devices, CPL entries and GPF-GSME pairs read from a Device file.</summary>
public sealed record DeviceFileContent(
    IReadOnlyList<DeviceRecord> Devices,
    IReadOnlyList<CplEntry> Cpl,
    IReadOnlyList<(Eui64 Gpf, Eui64 Gsme)> Pairs);

/// <summary>The outcome of reading a Device file: content, or the problems found (all of them, with line numbers).</summary>
public sealed record DeviceFileResult(DeviceFileContent? Content, IReadOnlyList<string> Errors)
{
    public bool Success => Content is not null && Errors.Count == 0;
}

/// <summary>
/// Reads Devices from JSON or CSV text (the host reads the file). JSON: an array of Device objects, or
/// <c>{"devices":[...],"cpl":[{"model","firmware","gbcsVersion"}]}</c>. A Device object has <c>id, type,
/// model, firmware, smets, status, statusSince, importSupplier, networkOperator</c> and, for a GPF,
/// <c>gsme</c>. CSV: a header line naming the same columns.
/// </summary>
public static class DeviceFile
{
    private static readonly InstantPattern InstantFormat = InstantPattern.ExtendedIso;

    /// <summary>Reads JSON when the text starts with '[' or '{', otherwise CSV.</summary>
    public static DeviceFileResult Read(string text, Instant defaultStatusSince)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('[') || trimmed.StartsWith('{') ? ReadJson(trimmed, defaultStatusSince) : ReadCsv(trimmed, defaultStatusSince);
    }

    private static DeviceFileResult ReadJson(string text, Instant defaultSince)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return new DeviceFileResult(null, [$"The file is not valid JSON: {ex.Message}"]);
        }

        using (doc)
        {
            var errors = new List<string>();
            var devices = new List<DeviceRecord>();
            var pairs = new List<(Eui64, Eui64)>();
            var cpl = new List<CplEntry>();
            var root = doc.RootElement;
            var deviceArray = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("devices", out var d) && d.ValueKind == JsonValueKind.Array ? d
                : default;
            if (deviceArray.ValueKind != JsonValueKind.Array)
            {
                return new DeviceFileResult(null, ["The JSON must be an array of Devices or an object with a \"devices\" array."]);
            }

            var n = 0;
            foreach (var item in deviceArray.EnumerateArray())
            {
                n++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(DccMessages.BadDeviceRecord(n, "not an object"));
                    continue;
                }

                string? Get(string name) => item.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
                    ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                    : null;
                AddRecord(n, Get, defaultSince, devices, pairs, errors);
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("cpl", out var cplArray) && cplArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in cplArray.EnumerateArray())
                {
                    var model = e.TryGetProperty("model", out var m) ? m.GetString() : null;
                    var fw = e.TryGetProperty("firmware", out var f) ? f.GetString() : null;
                    var gbcs = e.TryGetProperty("gbcsVersion", out var g) ? g.GetString() : null;
                    if (string.IsNullOrWhiteSpace(model) || string.IsNullOrWhiteSpace(fw) || string.IsNullOrWhiteSpace(gbcs))
                    {
                        errors.Add("A CPL entry needs model, firmware and gbcsVersion.");
                        continue;
                    }

                    cpl.Add(new CplEntry(model, fw, gbcs));
                }
            }

            return Finish(devices, cpl, pairs, errors);
        }
    }

    private static DeviceFileResult ReadCsv(string text, Instant defaultSince)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return new DeviceFileResult(null, ["The file is empty."]);
        }

        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        foreach (var required in new[] { "id", "type" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                return new DeviceFileResult(null, [$"The CSV header must name the columns id, type, model, firmware, smets, status, importSupplier, networkOperator; '{required}' is missing."]);
            }
        }

        var errors = new List<string>();
        var devices = new List<DeviceRecord>();
        var pairs = new List<(Eui64, Eui64)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != header.Count)
            {
                errors.Add(DccMessages.BadDeviceRecord(i + 1, $"{cells.Length} cells for {header.Count} columns"));
                continue;
            }

            string? Get(string name)
            {
                var at = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                return at < 0 || string.IsNullOrWhiteSpace(cells[at]) ? null : cells[at].Trim();
            }

            AddRecord(i + 1, Get, defaultSince, devices, pairs, errors);
        }

        return Finish(devices, [], pairs, errors);
    }

    private static DeviceFileResult Finish(List<DeviceRecord> devices, List<CplEntry> cpl, List<(Eui64, Eui64)> pairs, List<string> errors)
    {
        var seen = new HashSet<Eui64>();
        foreach (var device in devices)
        {
            if (!seen.Add(device.Id))
            {
                errors.Add(DccMessages.DuplicateDevice(device.Id.ToString()));
            }
        }

        return errors.Count > 0
            ? new DeviceFileResult(null, errors)
            : new DeviceFileResult(new DeviceFileContent(devices, cpl, pairs), []);
    }

    private static void AddRecord(int n, Func<string, string?> get, Instant defaultSince,
        List<DeviceRecord> devices, List<(Eui64, Eui64)> pairs, List<string> errors)
    {
        if (!Eui64.TryParse(get("id"), out var id))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, DccMessages.BadEui64(get("id"))));
            return;
        }

        if (!DeviceTypes.TryParse(get("type"), out var type))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, $"type '{get("type")}' is not one of ESME, GSME, GPF, CHF, PPMID, HCALCS, IHD"));
            return;
        }

        if (type.IsType2() && (get("status") is not null || get("firmware") is not null))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, DccMessages.Type2HasNoStatus(id.ToString())));
            return;
        }

        var status = SmiStatus.None;
        if (!type.IsType2() && !SmiStatuses.TryParse(get("status") ?? "Commissioned", out status))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, $"status '{get("status")}' is not an SMI status"));
            return;
        }

        var generation = (get("smets") ?? "2").Trim().ToUpperInvariant() switch
        {
            "1" or "SMETS1" => SmetsGeneration.Smets1,
            "2" or "SMETS2" => SmetsGeneration.Smets2,
            _ => SmetsGeneration.None,
        };

        var since = defaultSince;
        if (get("statusSince") is { } sinceText)
        {
            var parsed = InstantFormat.Parse(sinceText);
            if (!parsed.Success)
            {
                errors.Add(DccMessages.BadDeviceRecord(n, $"statusSince '{sinceText}' is not an ISO instant like 2021-11-04T00:00:00Z"));
                return;
            }

            since = parsed.Value;
        }

        Eui64 supplier = default, network = default;
        if (get("importSupplier") is { } s && !Eui64.TryParse(s, out supplier))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, "importSupplier: " + DccMessages.BadEui64(s)));
            return;
        }

        if (get("networkOperator") is { } o && !Eui64.TryParse(o, out network))
        {
            errors.Add(DccMessages.BadDeviceRecord(n, "networkOperator: " + DccMessages.BadEui64(o)));
            return;
        }

        var record = new DeviceRecord(id, type, get("model") ?? string.Empty, get("firmware"),
            generation, status, since, supplier, network);
        if (SmartMeteringInventory.Validate(record) is { } problem)
        {
            errors.Add(DccMessages.BadDeviceRecord(n, problem));
            return;
        }

        devices.Add(record);
        if (type == DeviceType.GPF && get("gsme") is { } gsmeText)
        {
            if (Eui64.TryParse(gsmeText, out var gsme))
            {
                pairs.Add((id, gsme));
            }
            else
            {
                errors.Add(DccMessages.BadDeviceRecord(n, "gsme: " + DccMessages.BadEui64(gsmeText)));
            }
        }
    }

    /// <summary>Reads an instant as the files write it.</summary>
    /// <exception cref="FormatException">It is not an ISO instant.</exception>
    public static Instant ReadInstant(string? text)
    {
        var parsed = InstantFormat.Parse(text ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new FormatException($"'{text}' is not an ISO instant like 2021-11-04T00:00:00Z.");
    }

    /// <summary>Formats an instant as the files write it.</summary>
    public static string FormatInstant(Instant at) => InstantFormat.Format(at);
}
