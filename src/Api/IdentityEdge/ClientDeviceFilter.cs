using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Domain.Identity;

namespace Platform.Api.IdentityEdge;

/// <summary>
/// Requires the client headers on the endpoints that start or continue a device session: <c>X-App-Type</c> (one of
/// the configured app types), <c>X-App-Version</c> (1 to 4 dot-separated numbers, at least the type's configured
/// minimum) and <c>X-Device-ID</c> (1-128 of <c>A-Z a-z 0-9 . _ : -</c>). A missing or malformed header is a 400
/// naming it; a too-old app is a 426.
/// </summary>
internal sealed partial class ClientDeviceFilter(IOptions<ClientOptions> options) : IEndpointFilter
{
    public const string AppTypeHeader = "X-App-Type";
    public const string AppVersionHeader = "X-App-Version";
    public const string DeviceIdHeader = "X-Device-ID";

    private static readonly object ItemKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var headers = http.Request.Headers;
        if (Single(headers, AppTypeHeader) is not { } appType)
        {
            return Missing(AppTypeHeader);
        }

        appType = appType.ToLowerInvariant();
        if (!options.Value.AppTypes.Contains(appType, StringComparer.Ordinal))
        {
            return Invalid(AppTypeHeader, $"X-App-Type must be one of: {string.Join(", ", options.Value.AppTypes)}.");
        }

        if (Single(headers, AppVersionHeader) is not { } appVersion)
        {
            return Missing(AppVersionHeader);
        }

        if (appVersion.Length > Session.AppVersionMaxLength || !AppVersionFormat().IsMatch(appVersion))
        {
            return Invalid(AppVersionHeader, $"X-App-Version must be 1 to 4 dot-separated numbers, e.g. 2.4.1, at most {Session.AppVersionMaxLength} characters.");
        }

        if (Single(headers, DeviceIdHeader) is not { } deviceId)
        {
            return Missing(DeviceIdHeader);
        }

        if (!DeviceIdFormat().IsMatch(deviceId))
        {
            return Invalid(DeviceIdHeader, "X-Device-ID must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'.");
        }

        if (options.Value.MinimumVersions.TryGetValue(appType, out var minimum) && Comparable(appVersion) < Comparable(minimum))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status426UpgradeRequired,
                title: "This version of the app is no longer supported.",
                detail: $"Update the {appType} app to version {minimum} or later.",
                extensions: new Dictionary<string, object?> { ["code"] = "app_version_unsupported", ["minimumVersion"] = minimum });
        }

        http.Items[ItemKey] = new ClientDevice(
            appType,
            appVersion,
            deviceId,
            http.Connection.RemoteIpAddress?.ToString(),
            Truncated(headers.UserAgent.ToString(), Session.UserAgentMaxLength));
        return await next(context);
    }

    /// <summary>The device the filter accepted; only on endpoints that carry the filter.</summary>
    public static ClientDevice DeviceOf(HttpContext http) =>
        http.Items[ItemKey] as ClientDevice ?? throw new InvalidOperationException("The endpoint does not require the client headers.");

    private static string? Single(IHeaderDictionary headers, string name) =>
        headers[name] is [{ Length: > 0 } value] ? value : null;

    private static Version Comparable(string version)
    {
        var parts = version.Split('.').Select(int.Parse).Concat([0, 0, 0]).Take(4).ToArray();
        return new Version(parts[0], parts[1], parts[2], parts[3]);
    }

    private static string? Truncated(string value, int maxLength) =>
        value.Length == 0 ? null : value.Length <= maxLength ? value : value[..maxLength];

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Missing(string header) =>
        Problem("client_header_missing", header, $"The {header} header is required on this endpoint.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(string header, string detail) => Problem("client_header_invalid", header, detail);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(string code, string header, string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "A client header is missing or malformed.",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["header"] = header });

    [GeneratedRegex(@"^\d{1,9}(\.\d{1,9}){0,3}$")]
    private static partial Regex AppVersionFormat();

    public static bool IsDeviceId(string value) => DeviceIdFormat().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex DeviceIdFormat();
}
