using Carter;

namespace Platform.Api.Modules.Identity;

/// <summary>Sign-up, sign-in, sessions and passwords, under <c>/api/v{version}/auth</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class AuthModule : ICarterModule
{
    public const string Tag = "Auth";
    public const string TagDescription = "Sign up, sign in on a device, refresh and end sessions, change or reset a password, read your profile. Start here: POST /api/v1/auth/login gives the access token the other routes need.";
    public const string RoutePrefix = "auth";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapChangePassword();
        v1.MapForgotPassword();
        v1.MapGetCurrentUser();
        v1.MapListSessions();
        v1.MapLogin();
        v1.MapLogoutAll();
        v1.MapLogout();
        v1.MapRefreshSession();
        v1.MapRegisterUser();
        v1.MapRequestPasswordReset();
        v1.MapResetPassword();
        v1.MapRevokeSession();

        var v2 = api.MapVersionGroup(RoutePrefix, ApiVersions.V2).WithTags(Tag);
        v2.MapGetCurrentUserV2();
    }
}
