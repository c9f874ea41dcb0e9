namespace Platform.Application.Identity.SignInExternalUser;

/// <summary>The local account an external token acts as, and its roles.</summary>
public sealed record ExternalUserResponse(Guid UserId, IReadOnlyList<string> Roles);
