namespace Platform.Application.Identity.GetCurrentUser;

/// <summary>The signed-in user's profile.</summary>
public sealed record CurrentUserResponse(Guid Id, string Email, string DisplayName);
