using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.CreateUser;

/// <summary>An administrator creates an account.</summary>
public sealed record CreateUserCommand(
    string Email, string Password, string DisplayName, IReadOnlyList<string>? Roles = null, string? Locale = null, string? TimeZone = null)
    : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(CreateUserCommand)} {{ Email = {Email} }}";

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserCreated;

    Guid? IAuditedAdminAction.TargetUserId => null;

    string? IAuditedAdminAction.TargetEmail => Email;
}

internal sealed class CreateUserHandler(
    IUserRepository users, IPasswordHasher passwordHasher, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateUserCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email).Value;
        if (await users.ExistsAsync(email, cancellationToken))
        {
            return IdentityErrors.EmailAlreadyRegistered;
        }

        var now = clock.GetUtcNow();
        var roles = request.Roles?.Distinct().ToList() ?? [Role.User];
        return User.Create(email, DisplayName.Create(request.DisplayName).Value, passwordHasher.Hash(request.Password), roles, request.Locale, request.TimeZone, now)
            .Map(user =>
            {
                users.Add(user);
                return mapper.MapAsOf(user, now);
            });
    }
}
