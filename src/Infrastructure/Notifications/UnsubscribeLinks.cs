using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Application.Notifications;
using Platform.Infrastructure.Identity;

namespace Platform.Infrastructure.Notifications;

/// <summary>
/// Unsubscribe tokens are JWTs signed with the platform's ES256 key (the JWKS rotation applies to them too), for an
/// audience of their own, so one is never an access token and an access token is never one. They last a year.
/// </summary>
internal sealed class UnsubscribeLinks(IOptions<NotificationOptions> options, IOptions<JwtOptions> jwt, JwtSigningKeys keys, TimeProvider clock)
    : IUnsubscribeLinks
{
    private const string TypeClaim = "ntype";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private readonly JsonWebTokenHandler _handler = new();

    private string Audience => $"{jwt.Value.Audience}/unsubscribe";

    public string LinkFor(Guid userId, string type)
    {
        var now = clock.GetUtcNow();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()), new Claim(TypeClaim, type)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(Lifetime).UtcDateTime,
            SigningCredentials = keys.Signing,
        });
        return options.Value.UnsubscribeUrl.Replace(NotificationOptions.TokenPlaceholder, Uri.EscapeDataString(token), StringComparison.Ordinal);
    }

    public async Task<UnsubscribeTarget?> ReadAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = jwt.Value.Issuer,
            ValidAudience = Audience,
            IssuerSigningKeys = keys.ValidationKeys,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= clock.GetUtcNow().UtcDateTime && clock.GetUtcNow().UtcDateTime < expires,
        });
        return result.IsValid
            && result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var subject) && Guid.TryParse(subject as string, out var userId)
            && result.Claims.TryGetValue(TypeClaim, out var type) && type is string typeKey
            ? new UnsubscribeTarget(userId, typeKey)
            : null;
    }
}
