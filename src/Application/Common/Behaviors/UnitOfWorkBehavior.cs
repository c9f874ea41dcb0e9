using Platform.Application.Common.Events;
using Platform.Application.Common.Persistence;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Saves a command's changes once, after its handler succeeded, in one transaction with the immediate writes the
/// handler made (a token used up), so a success commits all of it and a throwing command or a lost race on save
/// leaves nothing behind. A command that fails on purpose discards its pending changes but commits what it wrote
/// deliberately before failing. A lost race on a unique constraint becomes that constraint's conflict error, a lost
/// optimistic lock a 412. The domain events of a success are handled here (ADR 25): in-transaction handlers before the
/// save, after-commit handlers (cache invalidation, real-time pushes) once it committed; a refusal's events are dropped.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, DomainEventDispatcher events)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand
    where TResponse : IOutcome, IFailureFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        TResponse response;
        try
        {
            response = await next();
        }
        catch
        {
            unitOfWork.DiscardChanges();
            await unitOfWork.RollbackAsync();
            throw;
        }

        if (!response.IsSuccess)
        {
            unitOfWork.DiscardChanges();
            // Not cancellable: a refusal's deliberate writes must not be lost to a hang-up.
            await unitOfWork.CommitAsync(CancellationToken.None);
            return response;
        }

        try
        {
            var raised = unitOfWork.TakeDomainEvents();
            await events.DispatchInTransactionAsync(raised, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            await events.DispatchAfterCommitAsync(raised);
            return response;
        }
        catch (ConstraintViolationException violation)
        {
            unitOfWork.DiscardChanges();
            await unitOfWork.RollbackAsync();
            return TResponse.Failure(UniqueConstraints.ErrorFor(violation.ConstraintName));
        }
        catch (ConcurrencyConflictException)
        {
            unitOfWork.DiscardChanges();
            await unitOfWork.RollbackAsync();
            return TResponse.Failure(ConcurrencyConflictException.Error);
        }
    }
}
