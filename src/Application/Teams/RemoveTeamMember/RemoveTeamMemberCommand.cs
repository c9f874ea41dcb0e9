using Platform.Domain.Teams;

namespace Platform.Application.Teams.RemoveTeamMember;

/// <summary>The captain takes a member off the roster, or a member leaves (<see cref="MemberId"/> is the caller).</summary>
public sealed record RemoveTeamMemberCommand(Guid Id, Guid MemberId, Guid UserId) : ICommand<Unit>;

internal sealed class RemoveTeamMemberHandler(ITeamRepository teams, TimeProvider clock)
    : IRequestHandler<RemoveTeamMemberCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveTeamMemberCommand request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        return team.RemoveMember(request.UserId, request.MemberId, clock.GetUtcNow()).Map(_ => Unit.Value);
    }
}
