using Platform.Domain.Identity;

namespace Platform.Application.Identity.GrantRole;

/// <summary>Gives an account a role, e.g. the first administrator from the command line. It shows in tokens issued afterwards.</summary>
public sealed record GrantRoleCommand(string Email, string Role) : ICommand<Unit>;

internal sealed class GrantRoleHandler(IUserRepository users, TimeProvider clock)
    : IRequestHandler<GrantRoleCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email);
        var user = email.IsSuccess ? await users.FindByEmailAsync(email.Value, cancellationToken) : null;
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        user.GrantRole(request.Role, clock.GetUtcNow());
        return Unit.Value;
    }
}
