using Platform.Application.Audit;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Writes a refused administrator action to the audit trail with the refusal's code as its detail, at once and
/// outside the unit of work (which keeps nothing of a failed command). Outside validation, so that malformed
/// attempts leave a trace too.
/// </summary>
internal sealed class AdminActionAuditBehavior<TRequest, TResponse>(IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IAuditedAdminAction
    where TResponse : IOutcome
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (response is { IsSuccess: false, Error: { } error })
        {
            var context = currentUser.ActingOn(request.TargetUserId) with { Email = request.TargetEmail, Detail = error.Code };
            await auditLog.AddNowAsync(AuditEvent.Record(request.AuditEventType, AuditOutcome.Failure, context, clock.GetUtcNow()), CancellationToken.None);
        }

        return response;
    }
}
