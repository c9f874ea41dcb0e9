using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Api.IdentityEdge;
using Platform.Application.Common.Security;

namespace Platform.Api.Http;

/// <summary>The caller as the bearer token names it (<c>sub</c>, <c>sid</c>), or nobody on anonymous requests.</summary>
internal sealed partial class HttpCurrentUser(IHttpContextAccessor accessor, IOptions<ClientOptions> clients) : ICurrentUser
{
    public Guid? Id => GuidClaim("sub");

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public Guid? SessionId => GuidClaim("sid");

    public string? DeviceId =>
        accessor.HttpContext?.Request.Headers[ClientDeviceFilter.DeviceIdHeader] is [{ } deviceId] && ClientDeviceFilter.IsDeviceId(deviceId)
            ? deviceId
            : null;

    public string? AppType =>
        accessor.HttpContext?.Request.Headers[ClientDeviceFilter.AppTypeHeader] is [{ } appType] && clients.Value.AppTypes.Contains(appType, StringComparer.Ordinal)
            ? appType
            : null;

    private Guid? GuidClaim(string type) =>
        accessor.HttpContext?.User.FindFirst(type)?.Value is { } value && Guid.TryParse(value, out var id) ? id : null;
}
