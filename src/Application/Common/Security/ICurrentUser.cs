namespace Platform.Application.Common.Security;

/// <summary>The authenticated caller of the current request, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    /// <summary>The address the request came from, for the audit trail.</summary>
    string? IpAddress { get; }

    /// <summary>The session of the caller's access token (its <c>sid</c>), for the audit trail.</summary>
    Guid? SessionId { get; }

    /// <summary>The device the client names in <c>X-Device-ID</c>, when it sends a well-formed one, for the audit trail.</summary>
    string? DeviceId { get; }

    /// <summary>The kind of app the client names in <c>X-App-Type</c>, when it is one of the configured types, for the audit trail.</summary>
    string? AppType { get; }
}
