using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UnlockUser;

/// <summary>An administrator lifts a lock, whether it came from wrong passwords or from an administrator.</summary>
public sealed record UnlockUserCommand(Guid Id) : ICommand<UserDetailsResponse>, IAuditedAdminAction
{

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserUnlocked;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class UnlockUserHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UnlockUserCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(UnlockUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var now = clock.GetUtcNow();
        user.Unlock(now);
        return mapper.MapAsOf(user, now);
    }
}
