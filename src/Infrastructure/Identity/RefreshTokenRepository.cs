using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class RefreshTokenRepository(PlatformDbContext context) : IRefreshTokenRepository
{
    public Task<RefreshToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>().AsNoTracking().SingleOrDefaultAsync(token => token.TokenHash == tokenHash, cancellationToken);

    public void Add(RefreshToken token) => context.Set<RefreshToken>().Add(token);

    public Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>().Where(token => token.ExpiresAt < expiredBefore).ExecuteDeleteAsync(cancellationToken);

    /// <summary>One conditional UPDATE: PostgreSQL's row lock lets exactly one of concurrent callers change the row.</summary>
    public async Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await context.Set<RefreshToken>()
            .Where(token => token.Id == tokenId && token.UsedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(token => token.UsedAt, now), cancellationToken) == 1;
    }
}
