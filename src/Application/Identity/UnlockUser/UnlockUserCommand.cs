using Platform.Application.Audit;
using Platform.Application.Common.Caching;

namespace Platform.Application.Identity.UnlockUser;

/// <summary>An administrator lifts a lock, whether it came from wrong passwords or from an administrator.</summary>
public sealed record UnlockUserCommand(Guid Id) : ICommand<UserDetailsResponse>, IAuditedAdminAction, IInvalidatesCache
{
    IReadOnlyCollection<string> IInvalidatesCache.CacheTagsToInvalidate => [CacheTag.ForUser(Id)];

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserUnlocked;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}
