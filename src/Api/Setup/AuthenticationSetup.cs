using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Realtime;
using Platform.Application.Common.Security;
using Platform.Application.Identity;
using Platform.Infrastructure.Identity;

namespace Platform.Api.Setup;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Bearer JWTs signed with one of the configured ES256 keys (the JWKS at <c>/.well-known/jwks.json</c> publishes them). Every module endpoint needs an authenticated caller unless it
    /// is marked <c>AllowAnonymous</c> (the allow-list, enumerated by a test); see <see cref="VersionedRouteGroups"/>. No fallback policy:
    /// it would also answer 401 to unknown routes and wrong methods, hiding their 404 and 405.
    /// In Development a missing key is generated once and kept in <c>Jwt:DevelopmentKeyFile</c>; anywhere else
    /// start-up fails with a message naming the setting.
    /// </summary>
    public static WebApplicationBuilder AddPlatformAuthentication(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.PostConfigure<JwtOptions>(options =>
            {
                if (options.SigningKeys.Count == 0)
                {
                    options.SigningKeys.Add(DevelopmentSigningKey.LoadOrCreate(options.DevelopmentKeyFile ?? DevelopmentSigningKey.DefaultFile));
                }
            });
        }

        var oidc = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        var authentication = builder.Services
            .AddAuthentication(oidc.IsEnabled ? ExternalSignIn.SelectorScheme : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer();
        if (oidc.IsEnabled)
        {
            AddOidcBearer(authentication, oidc);
        }

        builder.Services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.SectionName)
            .Validate(options => options.IsValid, "Oidc:Authority must be an absolute URL, and Oidc:Audience is required with it.")
            .ValidateOnStart();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, JwtSigningKeys>((bearer, jwt, keys) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKeys = keys.ValidationKeys,
                    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                bearer.Events = new JwtBearerEvents
                {
                    OnMessageReceived = ReadAccessCookieWithoutHeader,
                    OnTokenValidated = RequireActiveSession,
                    OnChallenge = BearerChallenge.WriteProblemAsync,
                };
            });

        builder.Services.AddPlatformAuthorization();
        builder.Services.AddOptions<ClientOptions>().BindConfiguration(ClientOptions.SectionName)
            .Validate(clients => clients.AppTypes.Length > 0 && clients.AppTypes.All(type => string.Equals(type, type.ToLowerInvariant(), StringComparison.Ordinal)),
                "Clients:AppTypes must list at least one app type, in lower case.")
            .Validate(clients => clients.MinimumVersions.All(pair => clients.AppTypes.Contains(pair.Key) && Version.TryParse(pair.Value, out _)),
                "Clients:MinimumVersions maps configured app types to versions such as 2.4.1.")
            .ValidateOnStart();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        return builder;
    }

    /// <summary>
    /// Tokens of the external provider: discovery and signing keys come from its authority (refreshed by the handler), the
    /// audience must be this API's, and a validated token acts as the mapped local account (<see cref="ExternalSignIn"/>).
    /// </summary>
    private static void AddOidcBearer(AuthenticationBuilder authentication, OidcOptions oidc)
    {
        authentication.AddJwtBearer(ExternalSignIn.Scheme, bearer =>
        {
            bearer.Authority = oidc.Authority;
            bearer.Audience = oidc.Audience;
            bearer.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            bearer.MapInboundClaims = false;
            bearer.TokenValidationParameters.NameClaimType = "sub";
            bearer.TokenValidationParameters.RoleClaimType = "role";
            bearer.Events = new JwtBearerEvents
            {
                OnMessageReceived = ReadHubQueryToken,
                OnTokenValidated = ExternalSignIn.MapToLocalUserAsync,
                OnChallenge = BearerChallenge.WriteProblemAsync,
            };
        });
        authentication.AddPolicyScheme(ExternalSignIn.SelectorScheme, "Platform or OIDC bearer", policy =>
            policy.ForwardDefaultSelector = http =>
                ExternalSignIn.SchemeFor(http, http.RequestServices.GetRequiredService<IOptions<JwtOptions>>().Value.Issuer));
    }

    private static Task ReadHubQueryToken(MessageReceivedContext context)
    {
        context.Token = HubAccessToken.From(context.HttpContext.Request) ?? context.Token;
        return Task.CompletedTask;
    }

    /// <summary>
    /// A web client's access token comes in its cookie; a request with an Authorization header never uses the cookie.
    /// A real-time connection may carry it as <c>access_token</c> in the query (browsers cannot set headers on WebSockets).
    /// </summary>
    private static Task ReadAccessCookieWithoutHeader(MessageReceivedContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization))
        {
            return Task.CompletedTask;
        }

        if (HubAccessToken.From(request) is { } queryToken)
        {
            context.Token = queryToken;
        }
        else if (request.Cookies[WebSessionCookies.AccessCookie] is { Length: > 0 } token)
        {
            context.Token = token;
            WebSessionCookies.MarkCookieAuthenticated(context.HttpContext);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Endpoints read the caller's id from <c>sub</c> and the session from <c>sid</c>: a signed token without UUIDs there
    /// is refused (401 token_invalid), and so is one whose session has ended (401 session_revoked).
    /// </summary>
    private static async Task RequireActiveSession(TokenValidatedContext context)
    {
        if (!Guid.TryParse(context.Principal?.FindFirst("sub")?.Value, out var userId)
            || !Guid.TryParse(context.Principal?.FindFirst("sid")?.Value, out var sessionId))
        {
            context.Fail("The token names no user or no session.");
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<ISessionStatus>();
        if (!await sessions.IsActiveAsync(sessionId, userId, context.HttpContext.RequestAborted))
        {
            context.Fail(new SessionRevokedException());
        }
    }
}
