using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Http;
using Platform.Application.Common.Security;
using Platform.Infrastructure.Identity;

namespace Platform.Api.Setup;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Bearer JWTs signed with the configured key. Every module endpoint needs an authenticated caller unless it
    /// is marked <c>AllowAnonymous</c> (the allow-list, enumerated by a test); see <see cref="VersionedRouteGroups"/>. No fallback policy:
    /// it would also answer 401 to unknown routes and wrong methods, hiding their 404 and 405.
    /// In Development a missing signing
    /// key is generated per process; anywhere else start-up fails with a message naming the setting.
    /// </summary>
    public static WebApplicationBuilder AddPlatformAuthentication(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            var developmentKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(JwtOptions.MinimumKeyBytes));
            builder.Services.PostConfigure<JwtOptions>(options =>
            {
                if (string.IsNullOrWhiteSpace(options.SigningKey))
                {
                    options.SigningKey = developmentKey;
                }
            });
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(jwt.Value.SigningKeyBytes()),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                bearer.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RequireUserIdSubject,
                    OnChallenge = BearerChallenge.WriteProblemAsync,
                };
            });

        builder.Services.AddAuthorization();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        return builder;
    }

    /// <summary>Endpoints read the caller's id from <c>sub</c>; a signed token without a UUID there is refused (401 token_invalid).</summary>
    private static Task RequireUserIdSubject(TokenValidatedContext context)
    {
        if (!Guid.TryParse(context.Principal?.FindFirst("sub")?.Value, out _))
        {
            context.Fail("The token's subject is not a user id.");
        }

        return Task.CompletedTask;
    }
}
