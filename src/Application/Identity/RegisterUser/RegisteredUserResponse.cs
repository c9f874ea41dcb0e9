using Mapster;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RegisterUser;

/// <summary>The account that was created.</summary>
public sealed record RegisteredUserResponse(Guid Id, string Email, string DisplayName, DateTimeOffset CreatedAt);

internal sealed class RegisteredUserMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, RegisteredUserResponse>()
            .Map(response => response.Email, user => user.Email.Value)
            .Map(response => response.DisplayName, user => user.DisplayName.Value);
}
