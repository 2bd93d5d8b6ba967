namespace SecChange.Dcc.Requests;

/// <summary>DUIS response codes the model produces.</summary>
public enum ResponseCode : byte
{
    /// <summary>I0: success.</summary>
    I0 = 0,

    /// <summary>I99: acknowledged; the request passed validation and access control.</summary>
    I99,

    /// <summary>E1: invalid User id or User Role.</summary>
    E1,

    /// <summary>E2: the User Role may not send this Service Reference Variant.</summary>
    E2,

    /// <summary>E3: invalid User status.</summary>
    E3,

    /// <summary>E4: the User Role is not authorised for this Device (not its Responsible Supplier or Network Operator).</summary>
    E4,

    /// <summary>E5: Failed Authorisation - Invalid Device Status.</summary>
    E5,

    /// <summary>E11: the Service Request does not apply to this Device type.</summary>
    E11,

    /// <summary>E12: the Command Variant does not fit the Service Request.</summary>
    E12,

    /// <summary>E13: the request type is not one this URL takes (unknown SRV, or SRV not of its Service Reference).</summary>
    E13,

    /// <summary>E19: the Device does not exist in the Smart Metering Inventory.</summary>
    E19,
}

/// <summary>Response code helpers.</summary>
public static class ResponseCodes
{
    private static readonly string[] Texts = ["I0", "I99", "E1", "E2", "E3", "E4", "E5", "E11", "E12", "E13", "E19"];

    /// <summary>The code as DUIS writes it, without allocating.</summary>
    public static string Text(this ResponseCode code) => Texts[(int)code];

    /// <summary>Whether the code is an error (E-code).</summary>
    public static bool IsError(this ResponseCode code) => code >= ResponseCode.E1;
}
