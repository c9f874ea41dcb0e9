using Carter;

namespace Platform.Api.Modules.Identity;

/// <summary>Accounts under <c>/api/v{version}/users</c>: the caller's own profile, and account management for administrators. Each route's endpoint is in the file of its name.</summary>
public sealed class UsersModule : ICarterModule
{
    public const string Tag = "Users";
    public const string TagDescription = "Your own profile (/users/me), and account administration for administrators: list, create, read, update, delete, lock, unlock and set roles.";
    public const string RoutePrefix = "users";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapCreateUser();
        v1.MapDeleteUser();
        v1.MapGetUser();
        v1.MapListUsers();
        v1.MapLockUser();
        v1.MapSetUserRoles();
        v1.MapUnlockUser();
        v1.MapUpdateProfile();
        v1.MapUpdateUser();
    }
}
