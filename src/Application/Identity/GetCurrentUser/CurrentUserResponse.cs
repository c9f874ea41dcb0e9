using Mapster;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUser;

/// <summary>The signed-in user's profile.</summary>
public sealed record CurrentUserResponse(Guid Id, string Email, string DisplayName);

internal sealed class CurrentUserMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, CurrentUserResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value);
}
