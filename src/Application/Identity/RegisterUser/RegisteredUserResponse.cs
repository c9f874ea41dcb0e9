namespace Platform.Application.Identity.RegisterUser;

/// <summary>The account that was created.</summary>
public sealed record RegisteredUserResponse(Guid Id, string Email, string DisplayName, DateTimeOffset CreatedAt);
