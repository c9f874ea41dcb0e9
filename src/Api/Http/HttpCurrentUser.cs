using Platform.Application.Common.Security;

namespace Platform.Api.Http;

/// <summary>The caller as the bearer token names it (<c>sub</c>), or nobody on anonymous requests.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => accessor.HttpContext?.User.FindFirst("sub")?.Value is { } subject && Guid.TryParse(subject, out var id)
        ? id
        : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
