using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryRefreshTokenRepository : IRefreshTokenRepository
{
    public List<RefreshToken> Tokens { get; } = [];

    public Task<RefreshToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.Find(token => token.TokenHash.AsSpan().SequenceEqual(tokenHash)));

    public void Add(RefreshToken token) => Tokens.Add(token);

    public Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.RemoveAll(token => token.ExpiresAt < expiredBefore));

    public Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.Single(token => token.Id == tokenId).TryUse(now));
}
