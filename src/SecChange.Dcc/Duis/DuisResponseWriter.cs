using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Duis;

/// <summary>
/// Writes DUIS responses: the synchronous acknowledgement (I99) or E-code, asynchronous Service
/// Responses and DCC Alerts. Output is UTF-8 XML in the <c>sr</c> namespace with the header fields
/// RequestID, ResponseID, ResponseCode and ResponseDateTime, as DUIS tools expect.
/// </summary>
public static class DuisResponseWriter
{
    private static readonly InstantPattern DateTimePattern =
        InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.fff'Z'");

    private const string Prolog =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sr:Response xmlns:sr=\"" + DuisNamespaces.ServiceUserGateway +
        "\" xmlns:ra=\"" + DuisNamespaces.ResponseAndAlert + "\" schemaVersion=\"" + DuisNamespaces.SchemaVersion + "\">\n";

    /// <summary>The synchronous answer to a request: I99 when accepted, else the E-code.</summary>
    public static string Acknowledgement(RequestId requestId, ResponseCode code, string serviceReference, string variant, Instant at)
    {
        var sb = new StringBuilder(640);
        Header(sb, requestId, requestId.Swapped, code.Text(), at);
        ResponseMessage(sb, serviceReference, variant, payload: null);
        return Close(sb);
    }

    /// <summary>An asynchronous Service Response.</summary>
    public static string Response(ServiceResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var sb = new StringBuilder(768);
        Header(sb, response.RequestId, response.RequestId.Swapped, response.Code.Text(), response.At);
        ResponseMessage(sb, response.ServiceReference, response.ServiceReferenceVariant,
            response.Reply is null ? null : SimulatedPayload.Encode(response.Reply));
        return Close(sb);
    }

    /// <summary>A DCC Alert, from the DCC to its recipient, numbered by <paramref name="counter"/>.</summary>
    public static string Alert(DccAlert alert, ulong counter)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var sb = new StringBuilder(768);
        Header(sb, null, new RequestId(WellKnownIds.DccAccessControlBroker, alert.Recipient, counter), ResponseCode.I0.Text(), alert.At);
        sb.Append("  <sr:Body>\n    <sr:DCCAlertMessage>\n      <sr:DCCAlertCode>").Append(alert.Code).Append("</sr:DCCAlertCode>\n");
        sb.Append("      <sr:DCCAlert>\n        <ra:DSPAlert>\n");
        Element(sb, "          ", "ra:AlertDescription", alert.Description);
        Element(sb, "          ", "ra:DeviceID", alert.Device.ToString());
        foreach (var (name, value) in alert.Details)
        {
            Element(sb, "          ", "ra:" + name, value);
        }

        sb.Append("        </ra:DSPAlert>\n      </sr:DCCAlert>\n    </sr:DCCAlertMessage>\n  </sr:Body>\n");
        return Close(sb);
    }

    /// <summary>The model's ResponseDateTime format (xs:dateTime in UTC, milliseconds).</summary>
    public static string FormatDateTime(Instant at) => DateTimePattern.Format(at);

    private static void Header(StringBuilder sb, RequestId? requestId, RequestId responseId, string code, Instant at)
    {
        sb.Append(Prolog).Append("  <sr:Header>\n");
        if (requestId is { } rid)
        {
            sb.Append("    <sr:RequestID>");
            AppendId(sb, rid);
            sb.Append("</sr:RequestID>\n");
        }

        sb.Append("    <sr:ResponseID>");
        AppendId(sb, responseId);
        sb.Append("</sr:ResponseID>\n    <sr:ResponseCode>").Append(code).Append("</sr:ResponseCode>\n");
        sb.Append("    <sr:ResponseDateTime>").Append(DateTimePattern.Format(at)).Append("</sr:ResponseDateTime>\n  </sr:Header>\n");
    }

    private static void AppendId(StringBuilder sb, RequestId id)
    {
        Span<char> buffer = stackalloc char[23];
        id.Originator.TryFormat(buffer, out _);
        sb.Append(buffer).Append(':');
        id.Target.TryFormat(buffer, out _);
        sb.Append(buffer).Append(':').Append(id.Counter.ToString(CultureInfo.InvariantCulture));
    }

    private static void ResponseMessage(StringBuilder sb, string serviceReference, string variant, string? payload)
    {
        sb.Append("  <sr:Body>\n    <sr:ResponseMessage>\n");
        Element(sb, "      ", "sr:ServiceReference", serviceReference);
        Element(sb, "      ", "sr:ServiceReferenceVariant", variant);
        if (payload is not null)
        {
            Element(sb, "      ", "sr:GBCSPayload", payload);
        }

        sb.Append("    </sr:ResponseMessage>\n  </sr:Body>\n");
    }

    private static void Element(StringBuilder sb, string indent, string name, string value)
    {
        sb.Append(indent).Append('<').Append(name).Append('>');
        Escape(sb, value);
        sb.Append("</").Append(name).Append(">\n");
    }

    private static void Escape(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (c >= ' ' || c is '\t' or '\n' or '\r')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }

    private static string Close(StringBuilder sb) => sb.Append("</sr:Response>\n").ToString();
}
