using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Issues ES256 JWTs (with the active key's <c>kid</c>) carrying the user id (<c>sub</c>), the session id (<c>sid</c>), a
/// unique <c>jti</c>, the roles and the session's app type and version (<see cref="AccessTokenClaims"/>).
/// </summary>
internal sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, JwtSigningKeys keys, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(User user, Session session)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expiresAt = now.Add(settings.AccessTokenLifetime);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Sid, session.Id.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.CreateVersion7(now).ToString()),
            new(AccessTokenClaims.AppType, session.AppType),
            new(AccessTokenClaims.AppVersion, session.AppVersion),
        };
        claims.AddRange(user.Roles.Select(role => new Claim("role", role)));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = keys.Signing,
        });
        return new AccessToken(token, expiresAt);
    }
}
