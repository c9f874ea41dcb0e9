using Carter;

namespace Platform.Api.Modules.Audit;

/// <summary>The Audit module: the audit trail for administrators under <c>/api/v{version}/admin</c> (tag Admin); every endpoint requires the admin role.</summary>
public sealed class AuditModule : ICarterModule
{
    public const string Tag = "Admin";
    public const string TagDescription = "The security audit trail (sign-ins, sessions, passwords, account administration), newest first, for administrators.";
    public const string RoutePrefix = "admin";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapListAuditEvents();
    }
}
