using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class PasswordResetTokenRepository(PlatformDbContext context) : IPasswordResetTokenRepository
{
    public Task<PasswordResetToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        context.Set<PasswordResetToken>().SingleOrDefaultAsync(token => token.TokenHash == tokenHash, cancellationToken);

    public void Add(PasswordResetToken token) => context.Set<PasswordResetToken>().Add(token);

    public Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        context.Set<PasswordResetToken>().Where(token => token.ExpiresAt < expiredBefore).ExecuteDeleteAsync(cancellationToken);

    public async Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await context.Set<PasswordResetToken>()
            .Where(token => token.Id == tokenId && token.UsedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(token => token.UsedAt, now), cancellationToken) == 1;
    }

    public async Task UseUpOthersAsync(Guid userId, Guid exceptTokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await context.Set<PasswordResetToken>()
            .Where(token => token.UserId == userId && token.Id != exceptTokenId && token.UsedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(token => token.UsedAt, now), cancellationToken);
    }
}
