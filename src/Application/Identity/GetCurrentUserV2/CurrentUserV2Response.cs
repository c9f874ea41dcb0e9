using Mapster;
using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUserV2;

/// <summary>The signed-in user's profile with roles, preferences and when the account was created and last changed (UTC).</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The sign-in address.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="Roles">user, admin.</param>
/// <param name="Locale">The language of mails and messages: en or ru.</param>
/// <param name="TimeZone">An IANA time zone id; the training diary's days and weeks follow it.</param>
/// <param name="WeightUnit">kg or lb: the unit of the training diary's weights.</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record CurrentUserV2Response(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string Locale,
    string TimeZone,
    string WeightUnit,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal sealed class CurrentUserV2Mapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, CurrentUserV2Response>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value)
            .Map(response => response.Roles, user => user.Roles.ToArray())
            .Map(response => response.WeightUnit, user => WeightUnitNames.Of(user.WeightUnit));
}
