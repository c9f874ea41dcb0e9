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
}
