using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Finds refresh tokens by hash and adds new ones; see <see cref="TryMarkUsedAsync"/> for the rotation.</summary>
public interface IRefreshTokenRepository
{
    Task<RefreshToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    void Add(RefreshToken token);

    /// <summary>Deletes the tokens that expired before <paramref name="expiredBefore"/>; answers how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the token used at once, in the command's transaction: of concurrent refreshes with one token exactly
    /// one gets <c>true</c> (the others wait for its row lock), and a refresh that fails later uses nothing up.
    /// </summary>
    Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);
}
