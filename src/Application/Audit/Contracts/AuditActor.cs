using Platform.Application.Common.Security;
using Platform.Domain.Audit;

namespace Platform.Application.Audit.Contracts;

public static class AuditActor
{
    /// <summary>The context of an action the caller (an administrator) takes on another account.</summary>
    public static AuditContext ActingOn(this ICurrentUser actor, Guid? userId) =>
        new() { UserId = userId, ActorId = actor.Id, IpAddress = actor.IpAddress, SessionId = actor.SessionId, DeviceId = actor.DeviceId };

    /// <summary>The context of an action the caller takes on their own account (or, anonymous, on the one it names).</summary>
    public static AuditContext ActingAs(this ICurrentUser caller, Guid userId) =>
        new() { UserId = userId, IpAddress = caller.IpAddress, SessionId = caller.SessionId, DeviceId = caller.DeviceId };
}
