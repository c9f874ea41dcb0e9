using Mapster;
using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUserV2;

internal sealed class CurrentUserV2Mapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, CurrentUserV2Response>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value)
            .Map(response => response.Roles, user => user.Roles.ToArray())
            .Map(response => response.WeightUnit, user => WeightUnitNames.Of(user.WeightUnit));
}
