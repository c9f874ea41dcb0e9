namespace Platform.Domain.Common;

/// <summary>
/// An expected failure with a stable machine-readable <see cref="Code"/> (snake_case) that clients may
/// rely on, a human message, and for validation failures the messages per field.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>Facts a client acts on beside the code (a date to retry from, the ids affected), as problem details extensions.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }

    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new("validation_failed", "One or more fields are invalid.", ErrorKind.Validation) { FieldErrors = fieldErrors };

    public static Error Unauthorized(string code, string message) => new(code, message, ErrorKind.Unauthorized);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error PreconditionFailed(string code, string message) => new(code, message, ErrorKind.PreconditionFailed);

    public static Error Unprocessable(string code, string message) => new(code, message, ErrorKind.Unprocessable);

    public static Error Gone(string code, string message) => new(code, message, ErrorKind.Gone);

    public static Error BadGateway(string code, string message) => new(code, message, ErrorKind.BadGateway);

    public static Error GatewayTimeout(string code, string message) => new(code, message, ErrorKind.GatewayTimeout);
}
