using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RefreshSession;

/// <summary>Trades a refresh token for the session's next token pair; the presented token is used up.</summary>
public sealed record RefreshSessionCommand(string RefreshToken) : ICommand<AccessTokenResponse>
{
    /// <summary>The app and device refreshing, set by the endpoint; it must be the device the session was started on.</summary>
    public required ClientDevice? Device { get; init; }

    /// <summary>Keeps the token out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(RefreshSessionCommand)} {{ }}";
}

/// <summary>
/// Refresh token rotation (RFC 9700, section 4.14.2): a token buys one new pair and is used up. A used token
/// presented again means two parties hold it, so the whole session ends. Of concurrent refreshes with one token,
/// exactly one wins; the others (the same device, within <see cref="SessionOptions.ConcurrentRefreshWindow"/>) are
/// told so without ending the session.
/// </summary>
internal sealed partial class RefreshSessionHandler(
    IRefreshTokenRepository refreshTokens,
    ISessionRepository sessions,
    IUserRepository users,
    SessionTokens sessionTokens,
    IOptions<SessionOptions> options,
    TimeProvider clock,
    IdentityMetrics metrics,
    ILogger<RefreshSessionHandler> logger)
    : IRequestHandler<RefreshSessionCommand, Result<AccessTokenResponse>>
{
    public async Task<Result<AccessTokenResponse>> Handle(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        var result = await RefreshAsync(request, cancellationToken);
        metrics.Refreshed(result.IsSuccess);
        return result;
    }

    private async Task<Result<AccessTokenResponse>> RefreshAsync(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        var device = request.Device!;
        var token = await refreshTokens.FindByHashAsync(OpaqueSecret.HashOf(request.RefreshToken), cancellationToken);
        var session = token is null ? null : await sessions.FindAsync(token.SessionId, cancellationToken);
        if (token is null || session is null)
        {
            return IdentityErrors.RefreshTokenInvalid;
        }

        if (!session.IsActive)
        {
            return IdentityErrors.SessionRevoked;
        }

        var now = clock.GetUtcNow();
        if (token.UsedAt is { } usedAt && now - usedAt < options.Value.ConcurrentRefreshWindow && session.BelongsTo(device))
        {
            return IdentityErrors.RefreshTokenSuperseded;
        }

        if (token.UsedAt is not null)
        {
            session.Revoke(SessionRevocationReason.RefreshTokenReuse, now);
            LogReuse(logger, session.Id, session.UserId, device.DeviceId);
            metrics.RefreshTokenReused();
            return new RecordedRefusal(IdentityErrors.RefreshTokenReused);
        }

        if (!session.BelongsTo(device))
        {
            return IdentityErrors.RefreshTokenInvalid;
        }

        if (token.IsExpiredAt(now))
        {
            return IdentityErrors.RefreshTokenExpired;
        }

        if (!await refreshTokens.TryMarkUsedAsync(token.Id, now, cancellationToken))
        {
            return IdentityErrors.RefreshTokenSuperseded;
        }

        // Deleting or locking an account ends its sessions; this also ends one started in a race with the lock.
        var user = await users.FindByIdAsync(session.UserId, cancellationToken);
        if (user is null || user.IsLockedByAdministratorAt(now))
        {
            session.Revoke(SessionRevocationReason.UserLocked, now);
            return new RecordedRefusal(IdentityErrors.SessionRevoked);
        }

        session.Touch(device, now);
        return sessionTokens.IssueFor(user, session);
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning,
        Message = "A used refresh token of session {SessionId} (user {UserId}) was presented again from device {DeviceId}; the session was revoked")]
    private static partial void LogReuse(ILogger logger, Guid sessionId, Guid userId, string deviceId);
}
