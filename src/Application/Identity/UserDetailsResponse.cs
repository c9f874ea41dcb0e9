using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>An account as administrators see it.</summary>
/// <param name="Id">The account's id.</param>
/// <param name="Email">The sign-in address.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="Roles">user, admin.</param>
/// <param name="Locale">en or ru.</param>
/// <param name="TimeZone">An IANA time zone id.</param>
/// <param name="LockedUntil">Set while the account is locked (after wrong passwords or by an administrator); null otherwise.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record UserDetailsResponse(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string Locale,
    string TimeZone,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The account as of <paramref name="now"/>: a lockout that has run out is not shown.</summary>
    public static UserDetailsResponse From(User user, DateTimeOffset now) => new(
        user.Id,
        user.Email.Value,
        user.DisplayName.Value,
        [.. user.Roles],
        user.Locale,
        user.TimeZone,
        user.IsLockedOutAt(now) ? user.LockedUntil : null,
        user.CreatedAt,
        user.UpdatedAt);
}
