using Microsoft.Extensions.Options;
using Platform.Application.Common.Jobs;

namespace Platform.Application.Identity.PurgeExpiredCredentials;

/// <summary>
/// Deletes credentials nobody can use any more: refresh and reset tokens a day past their expiry, and sessions ended
/// (or idle past every refresh token's life) more than <see cref="KeepEndedFor"/> ago, with their tokens. Run hourly.
/// </summary>
public sealed record PurgeExpiredCredentialsCommand : ICommand<JobRun>
{
    public static readonly TimeSpan KeepExpiredTokensFor = TimeSpan.FromDays(1);
    public static readonly TimeSpan KeepEndedFor = TimeSpan.FromDays(30);
}

internal sealed class PurgeExpiredCredentialsHandler(
    ISessionRepository sessions, IRefreshTokenRepository refreshTokens, IPasswordResetTokenRepository resetTokens,
    IOptions<SessionOptions> options, TimeProvider clock)
    : IRequestHandler<PurgeExpiredCredentialsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(PurgeExpiredCredentialsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokensBefore = now - PurgeExpiredCredentialsCommand.KeepExpiredTokensFor;
        var purged = await refreshTokens.PurgeExpiredAsync(tokensBefore, cancellationToken)
            + await resetTokens.PurgeExpiredAsync(tokensBefore, cancellationToken)
            + await sessions.PurgeEndedAsync(
                endedBefore: now - PurgeExpiredCredentialsCommand.KeepEndedFor,
                lastSeenBefore: now - options.Value.RefreshTokenLifetime - PurgeExpiredCredentialsCommand.KeepEndedFor,
                cancellationToken);
        return new JobRun(purged);
    }
}
