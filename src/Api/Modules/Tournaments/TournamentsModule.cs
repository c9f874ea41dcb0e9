using Carter;

namespace Platform.Api.Modules.Tournaments;

/// <summary>The Tournaments module under <c>/api/v{version}/tournaments</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class TournamentsModule : ICarterModule
{
    public const string Tag = "Tournaments";

    /// <summary>What the docs UI and the OpenAPI documents say about this module's routes: say what a client can do here.</summary>
    public const string TagDescription = "Tournaments of the community: create one and organise it, take teams' entries with a waitlist, seed them, start it and follow its bracket (single or double elimination), round robin or Swiss to the standings.";
    public const string RoutePrefix = "tournaments";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapAcceptEntry();
        v1.MapAddOrganiser();
        v1.MapCancelTournament();
        v1.MapCreateTournament();
        v1.MapDeleteTournament();
        v1.MapEnterTournament();
        v1.MapGetBracket();
        v1.MapGetStandings();
        v1.MapGetTournament();
        v1.MapListEntries();
        v1.MapListTournamentMatches();
        v1.MapListTournaments();
        v1.MapOpenRegistration();
        v1.MapRandomizeSeeds();
        v1.MapRemoveOrganiser();
        v1.MapRejectEntry();
        v1.MapSetSeeds();
        v1.MapStartNextRound();
        v1.MapStartTournament();
        v1.MapUpdateTournament();
        v1.MapWithdrawEntry();
    }
}
