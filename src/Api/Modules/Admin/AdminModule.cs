using Carter;

namespace Platform.Api.Modules.Admin;

/// <summary>Administration under <c>/api/v{version}/admin</c>; every endpoint requires the admin role.</summary>
public sealed class AdminModule : ICarterModule
{
    public const string Tag = "Admin";
    public const string RoutePrefix = "admin";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<AdminModule>(Tag, RoutePrefix);
}
