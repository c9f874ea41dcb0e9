using Platform.Domain.Identity;
using Platform.Domain.Projects;
using Platform.Domain.Teams;

namespace Platform.Application.Common.Persistence;

/// <summary>
/// The error a client sees when a save loses a race against a unique constraint (the handler's own
/// check passed, a concurrent request won). Every unique index that a client can hit is listed here; any other
/// constraint (a foreign key whose row a concurrent request deleted or started to use) is a plain 409 conflict.
/// </summary>
public static class UniqueConstraints
{
    public const string UserEmail = "ux_users_email";
    public const string ProjectKey = "ux_projects_key";
    public const string TeamName = "ux_teams_sport_name_key";
    public const string PendingTeamApplication = "ux_team_applications_pending";

    private static readonly Dictionary<string, Error> ErrorsByConstraint = new(StringComparer.Ordinal)
    {
        [UserEmail] = IdentityErrors.EmailAlreadyRegistered,
        [ProjectKey] = ProjectsErrors.KeyTaken,
        [TeamName] = TeamsErrors.NameTaken,
        [PendingTeamApplication] = TeamsErrors.ApplicationAlreadyPending,
    };

    public static Error ErrorFor(string constraintName) =>
        ErrorsByConstraint.TryGetValue(constraintName, out var error)
            ? error
            : Error.Conflict("conflict", "The change conflicts with data that already exists.");
}
