using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
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
    IUserRepository users, IPasswordHasher passwordHasher, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock, IMapper mapper)
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
        var user = User.Register(email, DisplayName.Create(request.DisplayName).Value, passwordHasher.Hash(request.Password), now);
        var roles = user.ReplaceRoles(request.Roles?.Distinct().ToList() ?? [Role.User], now);
        if (!roles.IsSuccess)
        {
            return roles.Error;
        }

        var profile = user.UpdateProfile(null, request.Locale, request.TimeZone, weightUnit: null, now);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        users.Add(user);
        auditLog.Add(AuditEvent.Record(
            AuditEventType.UserCreated, AuditOutcome.Success, currentUser.ActingOn(user.Id) with { Detail = string.Join(',', user.Roles) }, now));
        return mapper.MapAsOf(user, now);
    }
}
