namespace SecChange.Dcc.Requests;

/// <summary>DCC User Roles as the DUIS request matrix names them.</summary>
/// <remarks>Stored as bit flags so a Service Request Variant's eligible roles are one byte.</remarks>
[Flags]
public enum UserRole : byte
{
    None = 0,

    /// <summary>Import Supplier.</summary>
    IS = 1,

    /// <summary>Export Supplier.</summary>
    ES = 2,

    /// <summary>Gas Supplier.</summary>
    GS = 4,

    /// <summary>Electricity Distributor.</summary>
    ED = 8,

    /// <summary>Gas Transporter.</summary>
    GT = 16,

    /// <summary>Registered Supplier Agent.</summary>
    RSA = 32,

    /// <summary>Other User.</summary>
    OU = 64,
}
