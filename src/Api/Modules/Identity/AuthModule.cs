using Carter;

namespace Platform.Api.Modules.Identity;

/// <summary>Sign-up, sign-in and the caller's own profile, under <c>/api/v{version}/auth</c>.</summary>
public sealed class AuthModule : ICarterModule
{
    public const string Tag = "Auth";
    public const string RoutePrefix = "auth";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<AuthModule>(Tag, RoutePrefix);
}
