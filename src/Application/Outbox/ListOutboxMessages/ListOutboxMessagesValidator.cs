namespace Platform.Application.Outbox.ListOutboxMessages;

internal sealed class ListOutboxMessagesValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public const int NameMaxLength = 100;

    public ListOutboxMessagesValidator()
    {
        RuleFor(query => query.Status).Must(status => OutboxMessageStatus.All.Contains(status))
            .WithErrorCode("outbox_status_invalid").WithMessage($"The status must be one of: {string.Join(", ", OutboxMessageStatus.All)}.");
        RuleFor(query => query.Name).MaximumLength(NameMaxLength);
        RuleFor(query => query.Limit).InclusiveBetween(1, ListOutboxMessagesQuery.MaxLimit);
        RuleFor(query => query.Cursor).Cascade(CascadeMode.Stop).MaximumLength(ListOutboxMessagesQuery.CursorLength)
            .Must(cursor => cursor is null || Guid.TryParseExact(cursor, "N", out _))
            .WithErrorCode("outbox_cursor_invalid").WithMessage("The cursor is not one this endpoint returned.");
    }
}
