using Mapster;
using MapsterMapper;
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
    DateTimeOffset UpdatedAt);

/// <summary>An account maps as of a moment: a lockout that has run out by then is not shown (ADR 30).</summary>
internal static class UserDetailsAsOf
{
    private const string Parameter = "now";

    public static DateTimeOffset Now => (DateTimeOffset)MapContext.Current!.Parameters[Parameter];

    public static UserDetailsResponse MapAsOf(this IMapper mapper, User user, DateTimeOffset now) =>
        mapper.From(user).AddParameters(Parameter, now).AdaptToType<UserDetailsResponse>();
}

internal sealed class UserDetailsMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, UserDetailsResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value)
            .Map(response => response.LockedUntil, user => user.IsLockedOutAt(UserDetailsAsOf.Now) ? user.LockedUntil : null);
}
