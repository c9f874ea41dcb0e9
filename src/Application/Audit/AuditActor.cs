using Platform.Application.Common.Security;
using Platform.Domain.Audit;

namespace Platform.Application.Audit;

public static class AuditActor
{
    /// <summary>The context of an action the caller (an administrator) takes on another account.</summary>
    public static AuditContext ActingOn(this ICurrentUser actor, Guid userId) =>
        new() { UserId = userId, ActorId = actor.Id, IpAddress = actor.IpAddress };
}
