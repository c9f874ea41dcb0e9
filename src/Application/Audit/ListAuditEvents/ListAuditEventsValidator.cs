using Platform.Domain.Audit;

namespace Platform.Application.Audit.ListAuditEvents;

internal sealed class ListAuditEventsValidator : AbstractValidator<ListAuditEventsQuery>
{
    public ListAuditEventsValidator()
    {
        RuleFor(query => query.Type).Must(type => type is null || AuditEventType.All.Contains(type))
            .WithErrorCode("audit_type_invalid").WithMessage($"The type must be one of: {string.Join(", ", AuditEventType.All)}.");
        RuleFor(query => query.Limit).InclusiveBetween(1, ListAuditEventsQuery.MaxLimit);
        RuleFor(query => query.Cursor).Cascade(CascadeMode.Stop).MaximumLength(AuditCursor.Length).Must(cursor => cursor is null || AuditCursor.TryParse(cursor, out _))
            .WithErrorCode("audit_cursor_invalid").WithMessage("The cursor is not one this endpoint returned.");
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
    }
}
