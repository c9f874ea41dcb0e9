using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Application.Common.Events;

/// <summary>
/// Hands the events a command's aggregates raised to their handlers (the unit-of-work behavior calls it): the handlers
/// of each event's own type and of every base type, so one handler of <c>ProjectEvent</c> sees every project event.
/// </summary>
internal sealed partial class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger)
{
    private static readonly ConcurrentDictionary<(Type Handler, Type Event), MethodInfo> HandleMethods = new();

    public async Task DispatchInTransactionAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            foreach (var (handler, handle) in HandlersOf(typeof(IInTransactionHandler<>), domainEvent))
            {
                await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
            }
        }
    }

    /// <summary>Not cancellable: the change is committed, so its effects finish even if the caller has gone away.</summary>
    public async Task DispatchAfterCommitAsync(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            foreach (var (handler, handle) in HandlersOf(typeof(IAfterCommitHandler<>), domainEvent))
            {
                try
                {
                    await (Task)handle.Invoke(handler, [domainEvent, CancellationToken.None])!;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogAfterCommitFailed(logger, handler.GetType().Name, domainEvent.GetType().Name, exception);
                }
            }
        }
    }

    private IEnumerable<(object Handler, MethodInfo Handle)> HandlersOf(Type handlerDefinition, IDomainEvent domainEvent)
    {
        for (var eventType = domainEvent.GetType(); eventType is not null && eventType != typeof(object); eventType = eventType.BaseType)
        {
            var handlerType = handlerDefinition.MakeGenericType(eventType);
            var handle = HandleMethods.GetOrAdd((handlerType, eventType), key => key.Handler.GetMethod("HandleAsync")!);
            foreach (var handler in services.GetServices(handlerType))
            {
                yield return (handler!, handle);
            }
        }
    }

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning,
        Message = "{Handler} failed on {EventName} after the change was committed; the change stands")]
    private static partial void LogAfterCommitFailed(ILogger logger, string handler, string eventName, Exception exception);
}
