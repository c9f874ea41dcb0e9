using MediatR;
using Microsoft.Extensions.Logging;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Pushes the events a command's handler raised (<see cref="RealtimeEvents"/>) once the command succeeded. It wraps the
/// cache invalidation and the unit of work, so a client that re-reads on an event sees the change, and a failed command
/// pushes nothing. Delivery is best effort: the change is committed, so a push that fails is logged, not thrown.
/// </summary>
internal sealed partial class RealtimePublishBehavior<TRequest, TResponse>(
    RealtimeEvents events, IRealtimePublisher publisher, ILogger<RealtimePublishBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand
    where TResponse : IOutcome
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (!response.IsSuccess)
        {
            return response;
        }

        foreach (var pending in events.Pending)
        {
            try
            {
                await publisher.PublishAsync(pending, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPublishFailed(logger, pending.Name, pending.Recipients.Count, exception);
            }
        }

        return response;
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Pushing {EventName} to {RecipientCount} users failed; the change itself is committed")]
    private static partial void LogPublishFailed(ILogger logger, string eventName, int recipientCount, Exception exception);
}
