using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Password reset tokens; <see cref="TryMarkUsedAsync"/> makes each one single-use under concurrency.</summary>
public interface IPasswordResetTokenRepository
{
    Task<PasswordResetToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    void Add(PasswordResetToken token);

    /// <summary>Deletes the tokens that expired before <paramref name="expiredBefore"/>; answers how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the token used at once, in the command's transaction: of concurrent resets with one token exactly one
    /// gets <c>true</c>, and a reset that fails later leaves the token usable.
    /// </summary>
    Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Uses up every other unused token of the user at once, so older mails stop working after a reset.</summary>
    Task UseUpOthersAsync(Guid userId, Guid exceptTokenId, DateTimeOffset now, CancellationToken cancellationToken);
}
