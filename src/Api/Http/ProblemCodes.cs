namespace Platform.Api.Http;

/// <summary>The stable <c>code</c> of problems that the HTTP layer raises itself (the Application's errors carry their own).</summary>
internal static class ProblemCodes
{
    public const string MalformedJson = "malformed_json";
    public const string BodyRequired = "body_required";
    public const string BadRequest = "bad_request";
    public const string Unauthenticated = "unauthenticated";
    public const string TokenExpired = "token_expired";
    public const string TokenInvalid = "token_invalid";
    public const string SessionRevoked = "session_revoked";
    public const string Forbidden = "forbidden";
    public const string CsrfTokenInvalid = "csrf_token_invalid";
    public const string RouteNotFound = "route_not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string NotAcceptable = "not_acceptable";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string ApiVersionUnsupported = "api_version_unsupported";
    public const string ApiVersionUnspecified = "api_version_unspecified";
    public const string InternalError = "internal_error";
    public const string DatabaseUnavailable = "database_unavailable";
    public const string InvalidCharacters = "invalid_characters";

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthenticated,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        >= 500 => InternalError,
        _ => $"http_{status}",
    };
}
