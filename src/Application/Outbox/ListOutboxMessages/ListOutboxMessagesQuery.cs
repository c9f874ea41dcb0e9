using MapsterMapper;

namespace Platform.Application.Outbox.ListOutboxMessages;

/// <summary>The outbox's messages of one status (dead by default), newest first, a page at a time.</summary>
public sealed record ListOutboxMessagesQuery(string Status, string? Name, string? Cursor, int Limit) : IQuery<OutboxMessagePage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int CursorLength = 32;
}

internal sealed class ListOutboxMessagesHandler(IOutboxRepository outbox, IMapper mapper)
    : IRequestHandler<ListOutboxMessagesQuery, Result<OutboxMessagePage>>
{
    public async Task<Result<OutboxMessagePage>> Handle(ListOutboxMessagesQuery request, CancellationToken cancellationToken)
    {
        Guid? after = request.Cursor is { } cursor && Guid.TryParseExact(cursor, "N", out var lastId) ? lastId : null;
        var messages = await outbox.ListAsync(request.Status, request.Name, after, request.Limit + 1, cancellationToken);
        var page = messages.Take(request.Limit).Select(mapper.Map<OutboxMessageResponse>).ToList();
        return new OutboxMessagePage(page, messages.Count > request.Limit ? page[^1].Id.ToString("N") : null);
    }
}
