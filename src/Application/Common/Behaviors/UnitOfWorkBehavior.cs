using Platform.Application.Common.Events;
using Platform.Application.Common.Outbox;
using Platform.Application.Common.Persistence;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// The one owner of a command's transaction (ADR 26): begins it before anything else of the command runs, and after
/// the handler either saves and commits (a success, or a <see cref="RecordedRefusal"/>) or rolls back everything (any
/// other failure, an exception). A lost race on a unique constraint becomes that constraint's conflict error, a lost
/// optimistic lock a 412. The domain events of what is committed are handled here (ADR 25): in-transaction handlers
/// before the save, and the outbox messages of those events saved with it (ADR 37); after-commit handlers (cache
/// invalidation, real-time pushes) once it committed.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IUnitOfWork unitOfWork, DomainEventDispatcher events, IOutbox outbox, OutboxMessageCatalog messages)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand
    where TResponse : IOutcome, IFailureFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        TResponse response;
        try
        {
            await unitOfWork.BeginAsync(cancellationToken);
            response = await next();
        }
        catch
        {
            await RollbackAsync();
            throw;
        }

        if (response is { IsSuccess: false, IsRecordedRefusal: false })
        {
            await RollbackAsync();
            return response;
        }

        try
        {
            // A recorded refusal is saved even when its caller hung up: the lockout count must not be lost to a disconnect.
            var saving = response.IsSuccess ? cancellationToken : CancellationToken.None;
            using var commit = Tracing.Source.StartActivity("commit");
            var raised = unitOfWork.TakeDomainEvents();
            await events.DispatchInTransactionAsync(raised, saving);
            foreach (var message in messages.MessagesOf(raised))
            {
                outbox.Enqueue(message);
            }

            await unitOfWork.SaveChangesAsync(saving);
            await unitOfWork.CommitAsync(saving);
            await events.DispatchAfterCommitAsync(raised);
            return response;
        }
        catch (ConstraintViolationException violation)
        {
            await RollbackAsync();
            return TResponse.Failure(UniqueConstraints.ErrorFor(violation.ConstraintName));
        }
        catch (ConcurrencyConflictException)
        {
            await RollbackAsync();
            return TResponse.Failure(ConcurrencyConflictException.Error);
        }
        catch
        {
            await RollbackAsync();
            throw;
        }
    }

    private async Task RollbackAsync()
    {
        unitOfWork.DiscardChanges();
        await unitOfWork.RollbackAsync();
    }
}
