namespace Platform.Application.Audit;

/// <summary>
/// A command an administrator takes on an account. Its handler audits a success with what changed; a refusal
/// (validation, unknown account, acting on oneself, a conflict) is audited by <c>AdminActionAuditBehavior</c>.
/// </summary>
public interface IAuditedAdminAction
{
    /// <summary>The <see cref="Domain.Audit.AuditEventType"/> the action is recorded as.</summary>
    string AuditEventType { get; }

    /// <summary>The account acted on; none when it does not exist yet (creating one).</summary>
    Guid? TargetUserId { get; }

    /// <summary>The address the action names, when it names one.</summary>
    string? TargetEmail { get; }
}
