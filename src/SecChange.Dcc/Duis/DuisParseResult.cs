using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Duis;

/// <summary>Why a body is not a DUIS request the model can process.</summary>
public enum DuisParseError
{
    None = 0,

    /// <summary>Not well-formed XML (or a DTD, which is refused).</summary>
    MalformedXml,

    /// <summary>The root is a Request but not in the DUIS Service User Gateway namespace.</summary>
    WrongNamespace,

    /// <summary>The root element is not a DUIS Request.</summary>
    NotARequest,

    /// <summary>A required header field is missing or empty.</summary>
    MissingHeaderField,

    /// <summary>The RequestID is not Originator:Target:Counter with EUI-64s and a 64-bit counter.</summary>
    BadRequestId,

    /// <summary>The CommandVariant is not a number 1-8.</summary>
    BadCommandVariant,

    /// <summary>A Device id in the body is not an EUI-64.</summary>
    BadDeviceId,

    /// <summary>The document is larger than the model accepts.</summary>
    TooLarge,

    /// <summary>An element carries more attributes than any DUIS element has.</summary>
    TooManyAttributes,

    /// <summary>A header field (e.g. RequestID) appears more than once.</summary>
    DuplicateHeaderField,

    /// <summary>The Body's request element is not the one its Service Reference Variant takes.</summary>
    BodyDoesNotMatchVariant,

    /// <summary>A DeviceIDList names the same Device more than once.</summary>
    DuplicateDeviceId,
}

/// <summary>The outcome of parsing a DUIS request: the request, or an error with a message.</summary>
public readonly record struct DuisParseResult(ServiceRequest? Request, DuisParseError Error, string? Message)
{
    public bool Success => Request is not null;

    public static DuisParseResult Ok(ServiceRequest request) => new(request, DuisParseError.None, null);

    public static DuisParseResult Fail(DuisParseError error, string message) => new(null, error, message);
}
