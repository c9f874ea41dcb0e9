using Platform.Application.Audit.Contracts;

namespace Platform.Application.Identity.CreateUser;

/// <summary>An administrator creates an account.</summary>
/// <param name="Email">Unique, case-insensitive.</param>
/// <param name="Password">12-128 characters, not a commonly used password.</param>
/// <param name="DisplayName">1-100 characters after trimming.</param>
/// <param name="Roles">Defaults to ["user"].</param>
/// <param name="Locale">en (default) or ru.</param>
/// <param name="TimeZone">An IANA id; UTC by default.</param>
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
