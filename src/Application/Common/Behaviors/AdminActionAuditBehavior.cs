using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Turns a refused administrator action into a <see cref="RecordedRefusal"/> whose only change is its audit record, with
/// the refusal's code as the detail (whatever the handler changed before refusing is discarded). Inside the unit of
/// work, which commits it, and outside validation, so that malformed attempts leave a trace too.
/// </summary>
internal sealed class AdminActionAuditBehavior<TRequest, TResponse>(
    IAuditLog auditLog, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IAuditedAdminAction
    where TResponse : IOutcome, IFailureFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (response is not { IsSuccess: false, Error: { } error })
        {
            return response;
        }

        unitOfWork.DiscardChanges();
        var context = currentUser.ActingOn(request.TargetUserId) with { Email = request.TargetEmail, Detail = error.Code };
        auditLog.Add(AuditEvent.Record(request.AuditEventType, AuditOutcome.Failure, context, clock.GetUtcNow()));
        return TResponse.Failure(new RecordedRefusal(error));
    }
}
