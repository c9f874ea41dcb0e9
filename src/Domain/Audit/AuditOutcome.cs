namespace Platform.Domain.Audit;

public enum AuditOutcome
{
    Success,
    Failure,
}
