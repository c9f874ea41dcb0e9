using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class PasswordResetRequestRepository(PlatformDbContext context) : IPasswordResetRequestRepository
{
    public async Task<PasswordResetRequest?> ClaimAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<PasswordResetRequest>()
            .FromSql($"SELECT * FROM password_reset_requests WHERE id = {id} FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);

    public void Add(PasswordResetRequest request) => context.Set<PasswordResetRequest>().Add(request);

    public void Remove(PasswordResetRequest request) => context.Set<PasswordResetRequest>().Remove(request);
}
