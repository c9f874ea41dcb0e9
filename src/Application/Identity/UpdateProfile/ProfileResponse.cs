using Mapster;
using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateProfile;

/// <summary>The caller's profile after the change.</summary>
public sealed record ProfileResponse(Guid Id, string Email, string DisplayName, string Locale, string TimeZone, string WeightUnit, DateTimeOffset UpdatedAt);

internal sealed class ProfileMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, ProfileResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value)
            .Map(response => response.WeightUnit, user => WeightUnitNames.Of(user.WeightUnit));
}
