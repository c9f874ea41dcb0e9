using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GrantRole;

/// <summary>Gives an account a role, e.g. the first administrator from the command line. It shows in tokens issued afterwards.</summary>
public sealed record GrantRoleCommand(string Email, string Role) : ICommand<Unit>;

internal sealed class GrantRoleHandler(IUserRepository users, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
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

        var now = clock.GetUtcNow();
        if (user.GrantRole(request.Role, now))
        {
            auditLog.Add(AuditEvent.Record(
                AuditEventType.RoleGranted,
                AuditOutcome.Success,
                currentUser.ActingOn(user.Id) with { Detail = request.Role },
                now));
        }

        return Unit.Value;
    }
}
