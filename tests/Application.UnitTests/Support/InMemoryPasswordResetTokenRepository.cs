using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryPasswordResetTokenRepository(FakeUnitOfWork unitOfWork) : IPasswordResetTokenRepository
{
    public List<PasswordResetToken> Tokens { get; } = [];

    public Task<PasswordResetToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken)
    {
        var found = Tokens.Find(token => token.TokenHash.AsSpan().SequenceEqual(tokenHash));
        if (found is not null)
        {
            unitOfWork.Track(found);
        }

        return Task.FromResult(found);
    }

    public Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.RemoveAll(token => token.ExpiresAt < expiredBefore));

    public void Add(PasswordResetToken token)
    {
        unitOfWork.Track(token);
        Tokens.Add(token);
    }

    public Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.Single(token => token.Id == tokenId).TryUse(now));

    public Task UseUpOthersAsync(Guid userId, Guid exceptTokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var token in Tokens.Where(token => token.UserId == userId && token.Id != exceptTokenId))
        {
            token.TryUse(now);
        }

        return Task.CompletedTask;
    }
}
