using MediatR;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Runs a command in one transaction and saves its changes once, after its handler succeeded. Immediate writes
/// of the handler (a token used up, a bulk update) join the same transaction, so a success commits all of it and a
/// throwing command or a lost race on save leaves nothing behind. A command that fails on purpose discards its
/// pending changes but commits what it wrote deliberately before failing (a revoked session, a lockout count).
/// A lost race on a unique constraint becomes that constraint's conflict error, a lost optimistic lock a 412.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand
    where TResponse : IOutcome, IFailureFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        TResponse response;
        try
        {
            response = await next();
        }
        catch
        {
            unitOfWork.DiscardChanges();
            throw;
        }

        if (!response.IsSuccess)
        {
            unitOfWork.DiscardChanges();
            // Not cancellable: a refusal's deliberate writes (ending a session on token theft) must not be lost to a hang-up.
            await transaction.CommitAsync(CancellationToken.None);
            return response;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (UniqueConstraintViolationException violation)
        {
            unitOfWork.DiscardChanges();
            return TResponse.Failure(UniqueConstraints.ErrorFor(violation.ConstraintName));
        }
        catch (ConcurrencyConflictException)
        {
            unitOfWork.DiscardChanges();
            return TResponse.Failure(ConcurrencyConflictException.Error);
        }
    }
}
