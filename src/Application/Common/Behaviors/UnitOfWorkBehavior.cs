using MediatR;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Saves a command's changes once, in one transaction, after its handler succeeded. A failed or throwing
/// command leaves nothing behind; a lost race on a unique constraint becomes that constraint's conflict error, and a
/// lost optimistic lock a 412 precondition_failed.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork)
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
            throw;
        }

        if (!response.IsSuccess)
        {
            unitOfWork.DiscardChanges();
            return response;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
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
