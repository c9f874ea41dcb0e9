using Platform.Application.Common.Outbox;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Contracts;

// What the identity module tells the rest of the platform through the outbox (ADR 37).

/// <summary>Someone asked for a reset link: the stored request is to be answered.</summary>
[OutboxMessage("identity.password-reset-requested.v1")]
public sealed record PasswordResetRequestedV1(Guid RequestId) : IOutboxMessage<PasswordResetRequested>;

/// <summary>A user signed in and got a new session on this device.</summary>
[OutboxMessage("identity.signed-in.v1")]
public sealed record SignedInV1(Guid UserId, Guid SessionId, string DeviceId, string? IpAddress) : IOutboxMessage<UserSignedIn>;

/// <summary>A user changed their password, giving the current one.</summary>
[OutboxMessage("identity.password-changed.v1")]
public sealed record PasswordChangedV1(Guid UserId) : IOutboxMessage<UserPasswordChanged>;

/// <summary>A user set a new password with the token of a reset mail.</summary>
[OutboxMessage("identity.password-reset.v1")]
public sealed record PasswordResetV1(Guid UserId) : IOutboxMessage<UserPasswordReset>;

/// <summary>
/// A session ended for this reason (a sign-out, an administrator, or a refresh token used twice, which is written even
/// though the refresh is refused).
/// </summary>
[OutboxMessage("identity.session-revoked.v1")]
public sealed record SessionRevokedV1(Guid SessionId, Guid UserId, string Reason, string DeviceId) : IOutboxMessage<SessionRevoked>;
