namespace Platform.Application.Audit.Contracts;

/// <summary>
/// A command an administrator takes on an account. Its handler audits a success with what changed; a refusal
/// (validation, unknown account, acting on oneself, a conflict) is audited by <c>AdminActionAuditBehavior</c>, as a
/// recorded refusal the unit of work commits. A unique-constraint race lost at the save itself is answered 409 without
/// an audit record: it is found only after the audit has had its turn (ADR 26).
/// </summary>
public interface IAuditedAdminAction : ICommand
{
    /// <summary>The <see cref="Domain.Audit.AuditEventType"/> the action is recorded as.</summary>
    string AuditEventType { get; }

    /// <summary>The account acted on; none when it does not exist yet (creating one).</summary>
    Guid? TargetUserId { get; }

    /// <summary>The address the action names, when it names one.</summary>
    string? TargetEmail { get; }
}
