using System.Globalization;
using System.Xml;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Duis;

/// <summary>
/// Parses DUIS request XML into a <see cref="ServiceRequest"/> with a forward-only reader: header fields,
/// the body element's name, and for SR 11.1 the firmware version and Device id list. The signature is
/// skipped (signatures in the reference messages are placeholders). Never throws on bad input.
/// </summary>
public static class DuisRequestParser
{
    /// <summary>The largest document accepted, in characters (the reference messages are under 4 KB; an SR 11.1 image can be large).</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>The most attributes (namespace declarations included) one element may carry; DUIS elements carry a handful.</summary>
    public const int MaxAttributesPerElement = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = MaxCharacters,
        CloseInput = true,
    };

    /// <summary>Parses a request held in a string.</summary>
    public static DuisParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxCharacters)
        {
            return DuisParseResult.Fail(DuisParseError.TooLarge, $"The request is larger than {MaxCharacters} characters.");
        }

        if (AttributeFloodScan.HasFlood(xml.AsSpan(), MaxAttributesPerElement))
        {
            return AttributeFlood();
        }

        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return Parse(reader);
    }

    /// <summary>Parses a request read from a stream (the caller owns the stream; a MemoryStream is scanned in place).</summary>
    public static DuisParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream is not MemoryStream memory || !memory.TryGetBuffer(out var buffer))
        {
            memory = new MemoryStream();
            if (!CopyAtMost(stream, memory, MaxBytes))
            {
                return DuisParseResult.Fail(DuisParseError.TooLarge, $"The request is larger than {MaxCharacters} characters.");
            }

            memory.Position = 0;
            memory.TryGetBuffer(out buffer);
        }

        if (AttributeFloodScan.HasFlood(buffer.AsSpan((int)memory.Position), MaxAttributesPerElement))
        {
            return AttributeFlood();
        }

        using var reader = XmlReader.Create(memory, StreamSettings);
        return Parse(reader);
    }

    // UTF-8 takes at most four bytes for each character.
    private const int MaxBytes = MaxCharacters * 4;

    private static bool CopyAtMost(Stream from, MemoryStream to, int max)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = from.Read(chunk)) > 0)
        {
            if (to.Length + read > max)
            {
                return false;
            }

            to.Write(chunk, 0, read);
        }

        return true;
    }

    private static DuisParseResult AttributeFlood() =>
        DuisParseResult.Fail(DuisParseError.TooManyAttributes, $"An element carries more than {MaxAttributesPerElement} attributes.");

    private static readonly XmlReaderSettings StreamSettings = CreateStreamSettings();

    private static XmlReaderSettings CreateStreamSettings()
    {
        var settings = Settings.Clone();
        settings.CloseInput = false;
        return settings;
    }

    private static DuisParseResult Parse(XmlReader reader)
    {
        try
        {
            return ParseCore(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) ||
                                      ex.Message.Contains("exceeds", StringComparison.OrdinalIgnoreCase))
        {
            return DuisParseResult.Fail(DuisParseError.TooLarge, $"The request is larger than {MaxCharacters} characters.");
        }
        catch (XmlException ex)
        {
            return DuisParseResult.Fail(DuisParseError.MalformedXml, $"The request is not well-formed XML: {DccMessages.Excerpt(ex.Message, 200)}");
        }
    }

    private static DuisParseResult ParseCore(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return DuisParseResult.Fail(DuisParseError.MalformedXml, "The request has no root element.");
        }

        if (reader.LocalName != "Request")
        {
            return DuisParseResult.Fail(DuisParseError.NotARequest, $"The root element is '{DccMessages.Excerpt(reader.LocalName)}', not a DUIS Request.");
        }

        if (reader.NamespaceURI != DuisNamespaces.ServiceUserGateway)
        {
            return DuisParseResult.Fail(DuisParseError.WrongNamespace,
                $"The Request is in namespace '{DccMessages.Excerpt(reader.NamespaceURI)}', not '{DuisNamespaces.ServiceUserGateway}'.");
        }

        string? requestId = null, commandVariant = null, serviceReference = null, variant = null;
        string? bodyElement = null, firmwareVersion = null, deviceIdList = null;
        var inBody = false;
        var bodyDepth = -1;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && inBody && reader.Depth == bodyDepth)
            {
                inBody = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var ns = reader.NamespaceURI;
            var name = reader.LocalName;
            if (ns == DuisNamespaces.XmlDsig)
            {
                reader.Skip();
                continue;
            }

            if (inBody)
            {
                bodyElement ??= name;
                if (name == "FirmwareVersion" && reader.Depth == bodyDepth + 2)
                {
                    firmwareVersion = reader.ReadElementContentAsString();
                    continue;
                }

                if (name == "DeviceIDList")
                {
                    deviceIdList = reader.ReadElementContentAsString();
                    continue;
                }

                reader.Read();
                continue;
            }

            if (ns == DuisNamespaces.ServiceUserGateway)
            {
                switch (name)
                {
                    case "RequestID" when requestId is null:
                        requestId = reader.ReadElementContentAsString();
                        continue;
                    case "CommandVariant" when commandVariant is null:
                        commandVariant = reader.ReadElementContentAsString();
                        continue;
                    case "ServiceReference" when serviceReference is null:
                        serviceReference = reader.ReadElementContentAsString();
                        continue;
                    case "ServiceReferenceVariant" when variant is null:
                        variant = reader.ReadElementContentAsString();
                        continue;
                    case "RequestID" or "CommandVariant" or "ServiceReference" or "ServiceReferenceVariant":
                        return DuisParseResult.Fail(DuisParseError.DuplicateHeaderField, $"The request header has {name} more than once.");
                    case "Body":
                        inBody = !reader.IsEmptyElement;
                        bodyDepth = reader.Depth;
                        reader.Read();
                        continue;
                }
            }

            reader.Read();
        }

        return Build(requestId, commandVariant, serviceReference, variant, bodyElement, firmwareVersion, deviceIdList);
    }

    private static DuisParseResult Build(
        string? requestId, string? commandVariant, string? serviceReference, string? variant,
        string? bodyElement, string? firmwareVersion, string? deviceIdList)
    {
        if (string.IsNullOrWhiteSpace(requestId) || string.IsNullOrWhiteSpace(commandVariant) ||
            string.IsNullOrWhiteSpace(serviceReference) || string.IsNullOrWhiteSpace(variant))
        {
            var missing = new[] { ("RequestID", requestId), ("CommandVariant", commandVariant), ("ServiceReference", serviceReference), ("ServiceReferenceVariant", variant) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1);
            return DuisParseResult.Fail(DuisParseError.MissingHeaderField, $"The request header lacks {string.Join(", ", missing)}.");
        }

        if (!RequestId.TryParse(requestId, out var id))
        {
            return DuisParseResult.Fail(DuisParseError.BadRequestId,
                $"RequestID '{DccMessages.Excerpt(requestId.Trim())}' is not Originator:Target:Counter with hyphenated EUI-64s and a 64-bit counter.");
        }

        if (!int.TryParse(commandVariant, NumberStyles.None, CultureInfo.InvariantCulture, out var cv) || cv is < 1 or > 8)
        {
            return DuisParseResult.Fail(DuisParseError.BadCommandVariant, $"CommandVariant '{DccMessages.Excerpt(commandVariant.Trim())}' is not 1-8.");
        }

        var devices = new List<Eui64>();
        var seen = new HashSet<Eui64>();
        if (deviceIdList is not null)
        {
            foreach (var part in deviceIdList.Split((char[])[' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Eui64.TryParse(part, out var device))
                {
                    return DuisParseResult.Fail(DuisParseError.BadDeviceId, DccMessages.BadEui64(part));
                }

                if (!seen.Add(device))
                {
                    return DuisParseResult.Fail(DuisParseError.DuplicateDeviceId, $"DeviceIDList names Device {device} more than once.");
                }

                devices.Add(device);
            }
        }

        if (DuisBodyElements.TryGet(variant.Trim(), out var expected) && bodyElement != expected)
        {
            return DuisParseResult.Fail(DuisParseError.BodyDoesNotMatchVariant,
                $"Service Reference Variant {DccMessages.Excerpt(variant.Trim())} takes a Body of {expected}, not {DccMessages.Excerpt(bodyElement ?? "nothing")}.");
        }

        return DuisParseResult.Ok(new ServiceRequest(id, cv, serviceReference.Trim(), variant.Trim())
        {
            BodyElement = bodyElement,
            FirmwareVersion = firmwareVersion?.Trim(),
            DeviceIdList = devices,
        });
    }
}
