namespace SecChange.Dcc.Duis;

/// <summary>The XML namespaces of DUIS messages.</summary>
public static class DuisNamespaces
{
    /// <summary><c>sr</c>: Service User Gateway (requests and responses).</summary>
    public const string ServiceUserGateway = "http://www.dccinterface.co.uk/ServiceUserGateway";

    /// <summary><c>ra</c>: Response and Alert content.</summary>
    public const string ResponseAndAlert = "http://www.dccinterface.co.uk/ResponseAndAlert";

    /// <summary><c>ds</c>: XML digital signature.</summary>
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>The DUIS schema version the model writes (that of the reference test messages).</summary>
    public const string SchemaVersion = "5.4";
}
