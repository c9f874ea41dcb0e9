using Mapster;
using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateProfile;

internal sealed class ProfileMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, ProfileResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value)
            .Map(response => response.WeightUnit, user => WeightUnitNames.Of(user.WeightUnit));
}
