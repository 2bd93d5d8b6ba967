using System.Text;
using SecChange.Dcc.Devices;

namespace SecChange.Dcc.Duis;

/// <summary>
/// The GBCSPayload of a simulated Device response. It is NOT a GBCS encoding: the model simulates
/// Devices, so the payload is base64 of readable text (<c>SIMULATED;KIND=...;FW=...;OUTCOME=...</c>)
/// that DCC Users' adapters can decode in tests.
/// </summary>
public static class SimulatedPayload
{
    private const string Prefix = "SIMULATED";

    public static string Encode(DeviceReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder(Prefix).Append(";KIND=").Append(reply.Kind);
        if (reply.FirmwareVersion is not null)
        {
            text.Append(";FW=").Append(reply.FirmwareVersion);
        }

        if (reply.Outcome != ActivationOutcome.None)
        {
            text.Append(";OUTCOME=").Append(reply.Outcome);
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Decodes a payload into its fields; empty when it is not a simulated payload.</summary>
    public static IReadOnlyDictionary<string, string> Decode(string base64)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return result;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split(';');
        if (parts.Length == 0 || parts[0] != Prefix)
        {
            return result;
        }

        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result[part[..eq]] = part[(eq + 1)..];
            }
        }

        return result;
    }
}
