namespace Platform.Domain.Common;

/// <summary>The family of an expected failure; the Api maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    Unprocessable,
    Gone,

    /// <summary>A service this one calls answered wrongly or could not be reached (an upstream failure, never the client's).</summary>
    BadGateway,

    /// <summary>A service this one calls did not answer in time.</summary>
    GatewayTimeout,
}
