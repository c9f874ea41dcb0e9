using Carter;
using Platform.Api.Http;

namespace Platform.Api.Modules.Identity;

/// <summary>Sign-up, sign-in and the caller's own profile, under <c>/api/v{version}/auth</c>.</summary>
public sealed class AuthModule : ICarterModule
{
    public const string Tag = "Auth";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var auth = app.NewVersionedApi(Tag);

        var v1 = auth.MapVersionGroup("auth", ApiVersions.V1).WithTags(Tag);
        v1.MapRegisterUserEndpoint();
        v1.MapLoginEndpoint();
        v1.MapGetCurrentUserEndpoint();

        var v2 = auth.MapVersionGroup("auth", ApiVersions.V2).WithTags(Tag);
        v2.MapGetCurrentUserV2Endpoint();
    }
}
