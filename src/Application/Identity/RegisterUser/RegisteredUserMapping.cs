using Mapster;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RegisterUser;

internal sealed class RegisteredUserMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, RegisteredUserResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value);
}
