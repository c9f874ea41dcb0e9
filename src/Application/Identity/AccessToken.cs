namespace Platform.Application.Identity;

/// <summary>A signed access token and the instant it stops being accepted.</summary>
public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
