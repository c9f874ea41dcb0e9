using Carter;

namespace Platform.Api.Modules.Outbox;

/// <summary>The outbox for administrators under <c>/api/v{version}/admin/outbox</c> (tag Outbox); every endpoint requires the admin role.</summary>
public sealed class OutboxModule : ICarterModule
{
    public const string Tag = "Outbox";
    public const string TagDescription =
        "For administrators: the messages committed changes left for their consumers (mail, notifications, other modules), " +
        "the dead ones with their last error, and retrying or discarding those.";
    public const string RoutePrefix = "admin/outbox";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag).RequireAuthorization(AuthorizationPolicies.Admin);
        v1.MapListOutboxMessages();
        v1.MapRetryOutboxMessage();
        v1.MapDiscardOutboxMessage();
    }
}
