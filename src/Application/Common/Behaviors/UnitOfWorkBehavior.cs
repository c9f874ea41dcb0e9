using MediatR;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Saves a command's changes once, after its handler succeeded, in one transaction with the immediate writes the
/// handler made (a token used up), so a success commits all of it and a throwing command or a lost race on save
/// leaves nothing behind. A command that fails on purpose discards its pending changes but commits what it wrote
/// deliberately before failing. A lost race on a unique constraint becomes that constraint's conflict error, a lost
/// optimistic lock a 412.
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
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
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
