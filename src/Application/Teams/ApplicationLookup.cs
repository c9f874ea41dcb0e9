using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>
/// An application with its team, for someone allowed to see it (its applicant or the team's captain); anyone else,
/// like an unknown id or an application of another team, finds nothing.
/// </summary>
internal static class ApplicationLookup
{
    public static async Task<Result<(Team Team, TeamApplication Application)>> FindVisibleAsync(
        ITeamRepository teams, ITeamApplicationRepository applications, Guid teamId, Guid applicationId, Guid userId, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(applicationId, cancellationToken);
        var team = application is null || application.TeamId != teamId ? null : await teams.FindAsync(teamId, cancellationToken);
        if (team is null || !application!.IsVisibleTo(team, userId))
        {
            return TeamsErrors.ApplicationNotFound;
        }

        return (team, application);
    }
}
