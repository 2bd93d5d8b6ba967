namespace SecChange.Dcc;

/// <summary>Every user-facing error text of the DCC model, in one place.</summary>
public static class DccMessages
{
    /// <summary>The longest piece of input any message quotes.</summary>
    public const int ExcerptLength = 64;

    /// <summary>
    /// At most <paramref name="max"/> (by default <see cref="ExcerptLength"/>) characters of a piece of input, marked when cut, with control
    /// characters shown as '?': error messages quote input, never echo it.
    /// </summary>
    public static string Excerpt(string? text, int max = ExcerptLength)
    {
        if (text is null)
        {
            return "";
        }

        var cut = text.Length > max;
        var part = (cut ? text[..max] : text).ToCharArray();
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsControl(part[i]))
            {
                part[i] = '?';
            }
        }

        return cut ? new string(part) + $"… ({text.Length} characters)" : new string(part);
    }

    public static string BadEui64(string? text) =>
        $"'{Excerpt(text)}' is not an EUI-64 in hyphenated hex (eight pairs like 00-DB-12-34-56-78-90-A0).";

    public static string NoSigningKey(string originator) =>
        $"The keystore has no XML-signing key for originator {originator}: only DCC Users with an XML-signing certificate can sign DUIS requests.";

    public static string UnknownDevice(string id) => $"Device {id} is not in the Smart Metering Inventory.";

    public static string DuplicateDevice(string id) => $"Device {id} is already in the Smart Metering Inventory.";

    public static string NoBehaviour(string reference, IEnumerable<string> known) =>
        $"{reference} carries no DCC System behaviour; modifications that do: {string.Join(", ", known)}.";

    public static string FirmwareNotOnCpl(string model, string firmware) =>
        $"Firmware version '{firmware}' of Device Model '{model}' is not on the Central Products List.";

    public static string Type2HasNoStatus(string id) =>
        $"Device {id} is a Type 2 Device (IHD): it has no SMI status and no firmware version.";

    public static string BadDeviceRecord(int line, string reason) => $"Device record {line}: {reason}";

    public static string TooManyDistinct(string what, int max) =>
        $"More than {max} distinct {what} values: the inventory interns them in a table of that size.";
}

