using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class PasswordResetRequestRepository(PlatformDbContext context) : IPasswordResetRequestRepository
{
    /// <summary>Tracked, and the same instance the processor claimed, so marking it processed is saved.</summary>
    public async Task<PasswordResetRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<PasswordResetRequest>().FindAsync([id], cancellationToken);

    public void Add(PasswordResetRequest request) => context.Set<PasswordResetRequest>().Add(request);

    public void Remove(PasswordResetRequest request) => context.Set<PasswordResetRequest>().Remove(request);
}
