using System.Globalization;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Events;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Audit;

/// <summary>
/// Writes the audit trail from the security events of Identity's aggregates, inside the transaction of the command that
/// raised them (ADR 25): the record is saved with the change or not at all, and a recorded refusal (ADR 26) keeps its
/// record. Who acted and from where (address, session, device) is the request's, read from <see cref="ICurrentUser"/>;
/// what happened comes from the event. Administrators' refused actions are recorded by <c>AdminActionAuditBehavior</c>.
/// </summary>
internal sealed class AuditTrail(IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock) :
    IInTransactionHandler<UserSignedIn>,
    IInTransactionHandler<SignInRefused>,
    IInTransactionHandler<SessionRevoked>,
    IInTransactionHandler<UserSignedOutEverywhere>,
    IInTransactionHandler<UserPasswordChanged>,
    IInTransactionHandler<PasswordChangeRefused>,
    IInTransactionHandler<UserPasswordReset>,
    IInTransactionHandler<PasswordResetRefused>,
    IInTransactionHandler<PasswordResetIssued>,
    IInTransactionHandler<PasswordResetRequestRefused>,
    IInTransactionHandler<ExternalLoginLinked>,
    IInTransactionHandler<UserCreated>,
    IInTransactionHandler<UserAccountUpdated>,
    IInTransactionHandler<UserDeleted>,
    IInTransactionHandler<UserLocked>,
    IInTransactionHandler<UserUnlocked>,
    IInTransactionHandler<RoleGranted>,
    IInTransactionHandler<UserRolesChanged>
{
    public Task HandleAsync(UserSignedIn domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.Login,
        AuditOutcome.Success,
        new AuditContext
        {
            UserId = domainEvent.UserId, Email = domainEvent.Email, SessionId = domainEvent.SessionId,
            IpAddress = domainEvent.IpAddress, DeviceId = domainEvent.DeviceId,
        });

    public Task HandleAsync(SignInRefused domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.Login,
        AuditOutcome.Failure,
        new AuditContext
        {
            UserId = domainEvent.UserId, Email = domainEvent.Email, IpAddress = currentUser.IpAddress, DeviceId = currentUser.DeviceId,
            Detail = domainEvent.Reason,
        });

    /// <summary>
    /// A logout and a session its user revoked are recorded on the session's device; a reused refresh token on the
    /// device that presented it. Sessions ended with all others (logout everywhere, a new password, a lock) are covered
    /// by that action's own record.
    /// </summary>
    public Task HandleAsync(SessionRevoked domainEvent, CancellationToken cancellationToken)
    {
        var ended = new AuditContext { UserId = domainEvent.UserId, SessionId = domainEvent.SessionId, IpAddress = currentUser.IpAddress };
        return domainEvent.Reason switch
        {
            SessionRevocationReason.Logout => Record(AuditEventType.Logout, AuditOutcome.Success, ended with { DeviceId = domainEvent.DeviceId }),
            SessionRevocationReason.RevokedByUser =>
                Record(AuditEventType.SessionRevoked, AuditOutcome.Success, ended with { DeviceId = domainEvent.DeviceId }),
            SessionRevocationReason.RefreshTokenReuse => Record(
                AuditEventType.RefreshTokenReuse, AuditOutcome.Failure, ended with { DeviceId = currentUser.DeviceId, Detail = "session_revoked" }),
            _ => Task.CompletedTask,
        };
    }

    public Task HandleAsync(UserSignedOutEverywhere domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.LogoutAll, AuditOutcome.Success, currentUser.ActingAs(domainEvent.UserId));

    public Task HandleAsync(UserPasswordChanged domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.PasswordChanged, AuditOutcome.Success, currentUser.ActingAs(domainEvent.UserId));

    public Task HandleAsync(PasswordChangeRefused domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.PasswordChanged, AuditOutcome.Failure, currentUser.ActingAs(domainEvent.UserId) with { Detail = IdentityErrors.PasswordIncorrect.Code });

    public Task HandleAsync(UserPasswordReset domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.PasswordReset, AuditOutcome.Success, currentUser.ActingAs(domainEvent.UserId));

    public Task HandleAsync(PasswordResetRefused domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.PasswordReset,
        AuditOutcome.Failure,
        currentUser.ActingAs(domainEvent.UserId) with { Detail = IdentityErrors.PasswordResetTokenInvalid.Code });

    /// <summary>Answered by the background job, long after the request: the address is the request's, kept with it.</summary>
    public Task HandleAsync(PasswordResetIssued domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.PasswordResetRequested,
        AuditOutcome.Success,
        new AuditContext { UserId = domainEvent.UserId, Email = domainEvent.Email, IpAddress = domainEvent.IpAddress });

    public Task HandleAsync(PasswordResetRequestRefused domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.PasswordResetRequested,
        AuditOutcome.Failure,
        new AuditContext { UserId = domainEvent.UserId, Email = domainEvent.Email, IpAddress = domainEvent.IpAddress, Detail = domainEvent.Reason });

    public Task HandleAsync(ExternalLoginLinked domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.ExternalLoginLinked,
        AuditOutcome.Success,
        new AuditContext { UserId = domainEvent.UserId, Email = domainEvent.Email, Detail = domainEvent.Issuer });

    public Task HandleAsync(UserCreated domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.UserCreated, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId) with { Detail = string.Join(',', domainEvent.Roles) });

    public Task HandleAsync(UserAccountUpdated domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.UserUpdated, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId));

    public Task HandleAsync(UserDeleted domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.UserDeleted, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId));

    public Task HandleAsync(UserLocked domainEvent, CancellationToken cancellationToken)
    {
        var until = domainEvent.Until is { } time ? time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : "indefinitely";
        return Record(AuditEventType.UserLocked, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId) with { Detail = until });
    }

    public Task HandleAsync(UserUnlocked domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.UserUnlocked, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId));

    public Task HandleAsync(RoleGranted domainEvent, CancellationToken cancellationToken) =>
        Record(AuditEventType.RoleGranted, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId) with { Detail = domainEvent.Role });

    public Task HandleAsync(UserRolesChanged domainEvent, CancellationToken cancellationToken) => Record(
        AuditEventType.RolesChanged, AuditOutcome.Success, currentUser.ActingOn(domainEvent.UserId) with { Detail = string.Join(',', domainEvent.Roles) });

    private Task Record(string type, AuditOutcome outcome, AuditContext context)
    {
        // The app of the request, when there is one (a background job answering a reset request has none).
        auditLog.Add(AuditEvent.Record(type, outcome, context with { AppType = currentUser.AppType }, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
