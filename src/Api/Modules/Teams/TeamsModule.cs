using Carter;

namespace Platform.Api.Modules.Teams;

/// <summary>
/// The Teams module of the community under <c>/api/v{version}/teams</c> and <c>/api/v{version}/players</c>. Each
/// route's endpoint is in the file of its name.
/// </summary>
public sealed class TeamsModule : ICarterModule
{
    public const string Tag = "Teams";

    /// <summary>What the docs UI and the OpenAPI documents say about this module's routes: say what a client can do here.</summary>
    public const string TagDescription = "Amateur teams and players: find teams by name, sport and city, create one and captain it, apply to join, decide applications, manage the roster; keep your player profile.";
    public const string RoutePrefix = "teams";
    public const string PlayersRoutePrefix = "players";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapAcceptApplication();
        v1.MapApplyToTeam();
        v1.MapCreateTeam();
        v1.MapDeleteTeam();
        v1.MapGetApplication();
        v1.MapGetTeam();
        v1.MapHandOverCaptaincy();
        v1.MapListTeamApplications();
        v1.MapListTeamMembers();
        v1.MapListTeams();
        v1.MapRejectApplication();
        v1.MapRemoveTeamMember();
        v1.MapUpdateTeam();
        v1.MapWithdrawApplication();

        var players = api.MapVersionGroup(PlayersRoutePrefix, ApiVersions.V1).WithTags(Tag);
        players.MapGetMyPlayerProfile();
        players.MapListMyApplications();
        players.MapGetPlayer();
        players.MapUpdateMyPlayerProfile();
    }
}
