using Platform.Domain.Identity;

namespace Platform.Application.Identity.Contracts;

/// <summary>
/// What other modules may know of an account: the Identity module's published contract. They never load the
/// <see cref="User"/> aggregate itself (an architecture rule says so).
/// </summary>
public interface IUserDirectory
{
    /// <summary>The refusal of a request that names an account there is no such account for.</summary>
    static Error UserNotFound => IdentityErrors.UserNotFound;

    /// <summary>The account's card, or null when there is no such account.</summary>
    Task<UserCard?> FindAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>An account as other modules see it: its name and the preferences they honour.</summary>
/// <param name="Id">The account.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="WeightUnit">The unit the person enters and reads weights in.</param>
/// <param name="TimeZone">The IANA time zone of the person's days and weeks.</param>
/// <param name="Email">Where mail to the person goes.</param>
/// <param name="Locale">The language of mails and pushes to the person (<c>en</c> or <c>ru</c>).</param>
public sealed record UserCard(Guid Id, string DisplayName, WeightUnit WeightUnit, string TimeZone, string Email, string Locale)
{
    /// <summary>The time zone of an account that set none.</summary>
    public const string DefaultTimeZone = UserPreferences.DefaultTimeZone;

    internal static UserCard Of(User user) => new(user.Id, user.DisplayName.Value, user.WeightUnit, user.TimeZone, user.Email.Value, user.Locale);
}

internal sealed class UserDirectory(IUserRepository users) : IUserDirectory
{
    public async Task<UserCard?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId, cancellationToken) is { } user ? UserCard.Of(user) : null;
}
