using Platform.Application.Audit.Contracts;

namespace Platform.Application.Identity.UpdateUser;

/// <summary>An administrator replaces an account's e-mail address, display name, locale and time zone (all required).</summary>
public sealed record UpdateUserCommand(string Email, string DisplayName, string Locale, string TimeZone)
    : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>The account, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserUpdated;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => Email;
}
