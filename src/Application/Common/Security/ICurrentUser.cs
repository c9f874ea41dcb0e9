namespace Platform.Application.Common.Security;

/// <summary>The authenticated caller of the current request, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    /// <summary>The address the request came from, for the audit trail.</summary>
    string? IpAddress { get; }
}
