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

        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return Parse(reader);
    }

    /// <summary>Parses a request read from a stream (the caller owns the stream).</summary>
    public static DuisParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, StreamSettings);
        return Parse(reader);
    }

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
            return DuisParseResult.Fail(DuisParseError.MalformedXml, $"The request is not well-formed XML: {ex.Message}");
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
            return DuisParseResult.Fail(DuisParseError.NotARequest, $"The root element is '{reader.LocalName}', not a DUIS Request.");
        }

        if (reader.NamespaceURI != DuisNamespaces.ServiceUserGateway)
        {
            return DuisParseResult.Fail(DuisParseError.WrongNamespace,
                $"The Request is in namespace '{reader.NamespaceURI}', not '{DuisNamespaces.ServiceUserGateway}'.");
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
                    case "RequestID":
                        requestId = reader.ReadElementContentAsString();
                        continue;
                    case "CommandVariant":
                        commandVariant = reader.ReadElementContentAsString();
                        continue;
                    case "ServiceReference":
                        serviceReference = reader.ReadElementContentAsString();
                        continue;
                    case "ServiceReferenceVariant":
                        variant = reader.ReadElementContentAsString();
                        continue;
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
                $"RequestID '{requestId.Trim()}' is not Originator:Target:Counter with hyphenated EUI-64s and a 64-bit counter.");
        }

        if (!int.TryParse(commandVariant, NumberStyles.None, CultureInfo.InvariantCulture, out var cv) || cv is < 1 or > 8)
        {
            return DuisParseResult.Fail(DuisParseError.BadCommandVariant, $"CommandVariant '{commandVariant.Trim()}' is not 1-8.");
        }

        var devices = new List<Eui64>();
        if (deviceIdList is not null)
        {
            foreach (var part in deviceIdList.Split((char[])[' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Eui64.TryParse(part, out var device))
                {
                    return DuisParseResult.Fail(DuisParseError.BadDeviceId, DccMessages.BadEui64(part));
                }

                devices.Add(device);
            }
        }

        return DuisParseResult.Ok(new ServiceRequest(id, cv, serviceReference.Trim(), variant.Trim())
        {
            BodyElement = bodyElement,
            FirmwareVersion = firmwareVersion?.Trim(),
            DeviceIdList = devices,
        });
    }
}
