using System.Diagnostics;
using System.Text.Json;
using Platform.Application.Common;
using Platform.Application.Common.Outbox;

namespace Platform.Infrastructure.Outbox;

/// <summary>Adds each message to the scope's context, so the unit of work saves it in the command's transaction.</summary>
internal sealed class OutboxWriter(PlatformDbContext context, OutboxMessageCatalog catalog, TimeProvider clock) : IOutbox
{
    internal static readonly JsonSerializerOptions PayloadFormat = new(JsonSerializerDefaults.Web);

    public void Enqueue(IOutboxMessage message) =>
        context.Set<OutboxEntry>().Add(OutboxEntry.Write(
            catalog.NameOf(message),
            JsonSerializer.Serialize(message, message.GetType(), PayloadFormat),
            Correlation.Id,
            Activity.Current?.Id,
            clock.GetUtcNow()));
}
