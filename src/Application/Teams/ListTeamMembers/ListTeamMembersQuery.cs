using Platform.Domain.Teams;

namespace Platform.Application.Teams.ListTeamMembers;

/// <summary>
/// A team's roster with the members' public names, the captain first; every signed-in user reads it. Not cached: the
/// names belong to the accounts and change there.
/// </summary>
public sealed record ListTeamMembersQuery(Guid Id) : IQuery<IReadOnlyList<TeamMemberResponse>>;

internal sealed class ListTeamMembersHandler(ITeamRepository teams)
    : IRequestHandler<ListTeamMembersQuery, Result<IReadOnlyList<TeamMemberResponse>>>
{
    public async Task<Result<IReadOnlyList<TeamMemberResponse>>> Handle(ListTeamMembersQuery request, CancellationToken cancellationToken)
    {
        var members = await teams.ListMembersAsync(request.Id, cancellationToken);
        if (members.Count == 0)
        {
            // A team always has its captain on the roster: no members means no team.
            return TeamsErrors.NotFound;
        }

        return Result<IReadOnlyList<TeamMemberResponse>>.Success(members);
    }
}
