using Carter;

namespace Platform.Api.Modules.Users;

/// <summary>Accounts under <c>/api/v{version}/users</c>: the caller's own profile, and account management for administrators.</summary>
public sealed class UsersModule : ICarterModule
{
    public const string Tag = "Users";
    public const string RoutePrefix = "users";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<UsersModule>(Tag, RoutePrefix);
}
