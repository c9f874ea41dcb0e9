using Platform.Application.Common.Persistence;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// The one owner of a command's transaction (ADR 26): begins it before anything else of the command runs, and after
/// the handler either saves and commits (a success, or a <see cref="RecordedRefusal"/>) or rolls back everything (any
/// other failure, an exception). A lost race on a unique constraint becomes that constraint's conflict error, a lost
/// optimistic lock a 412. It commits through <see cref="ITransactionCommit"/>, which handles the domain events of what
/// is committed (ADR 25, ADR 37).
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, ITransactionCommit transaction)
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
            await transaction.CommitAsync(saving);
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
