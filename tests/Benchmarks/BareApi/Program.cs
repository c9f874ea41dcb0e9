using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

// The baseline of build/bench.sh: a bare minimal-API endpoint that validates the same JWT as the Api
// (same ES256 key, issuer, audience, algorithm) and answers the same JSON as GET /api/v1/auth/me, with no
// MediatR, no behaviors, no database and no cache. The profile comes from configuration. Hosting and
// logging are the `dotnet new web` template's defaults (appsettings.json beside this file).
var builder = WebApplication.CreateBuilder(args);
var key = ECDsa.Create();
key.ImportFromPem(builder.Configuration["Jwt:SigningKeys:0:PrivateKeyPem"] ?? throw new InvalidOperationException("Jwt:SigningKeys:0:PrivateKeyPem is required."));
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
{
    options.MapInboundClaims = false;
    options.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = "platform",
        ValidAudience = "platform-api",
        IssuerSigningKey = new ECDsaSecurityKey(key) { KeyId = builder.Configuration["Jwt:SigningKeys:0:KeyId"] },
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
    };
});
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

var email = app.Configuration["Profile:Email"] ?? "ann@example.com";
var displayName = app.Configuration["Profile:DisplayName"] ?? "Ann";
app.MapGet("/api/v1/auth/me", (ClaimsPrincipal user) =>
        TypedResults.Ok(new Profile(Guid.Parse(user.FindFirstValue("sub")!), email, displayName)))
    .RequireAuthorization();

app.Run();

internal sealed record Profile(Guid Id, string Email, string DisplayName);
