namespace Platform.Application.Identity.GetCurrentUserV2;

/// <summary>The signed-in user's profile with roles and when the account was created and last changed (UTC).</summary>
public sealed record CurrentUserV2Response(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
