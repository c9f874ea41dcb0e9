using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.WithdrawApplication;

/// <summary>The applicant takes their pending application back.</summary>
public sealed record WithdrawApplicationCommand(Guid TeamId, Guid ApplicationId, Guid UserId) : ICommand<ApplicationResponse>;

internal sealed class WithdrawApplicationHandler(ITeamRepository teams, ITeamApplicationRepository applications, TimeProvider clock, IMapper mapper)
    : IRequestHandler<WithdrawApplicationCommand, Result<ApplicationResponse>>
{
    public async Task<Result<ApplicationResponse>> Handle(WithdrawApplicationCommand request, CancellationToken cancellationToken)
    {
        var found = await ApplicationLookup.FindVisibleAsync(teams, applications, request.TeamId, request.ApplicationId, request.UserId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        return found.Value.Application.Withdraw(request.UserId, clock.GetUtcNow()).Map(mapper.Map<ApplicationResponse>);
    }
}
