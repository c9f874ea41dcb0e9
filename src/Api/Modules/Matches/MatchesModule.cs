using Carter;

namespace Platform.Api.Modules.Matches;

/// <summary>The Matches module under <c>/api/v{version}/matches</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class MatchesModule : ICarterModule
{
    public const string Tag = "Matches";

    /// <summary>What the docs UI and the OpenAPI documents say about this module's routes: say what a client can do here.</summary>
    public const string TagDescription = "Matches between teams: propose a friendly, accept or decline it, reschedule or cancel; report the result, confirm or dispute it; moderators decide disputes. Reports and history are for the two teams.";
    public const string RoutePrefix = "matches";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapAcceptMatch();
        v1.MapCancelMatch();
        v1.MapConfirmMatchResult();
        v1.MapDecideMatch();
        v1.MapDeclineMatch();
        v1.MapDisputeMatchResult();
        v1.MapForfeitMatch();
        v1.MapGetMatch();
        v1.MapGetMatchHistory();
        v1.MapListMatches();
        v1.MapProposeMatch();
        v1.MapReportMatchResult();
        v1.MapRescheduleMatch();
        v1.MapReviseMatchResult();
    }
}
