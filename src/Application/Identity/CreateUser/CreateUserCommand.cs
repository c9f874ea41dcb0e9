using Platform.Application.Audit.Contracts;

namespace Platform.Application.Identity.CreateUser;

/// <summary>An administrator creates an account.</summary>
public sealed record CreateUserCommand(
    string Email, string Password, string DisplayName, IReadOnlyList<string>? Roles = null, string? Locale = null, string? TimeZone = null)
    : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(CreateUserCommand)} {{ Email = {Email} }}";

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserCreated;

    Guid? IAuditedAdminAction.TargetUserId => null;

    string? IAuditedAdminAction.TargetEmail => Email;
}
