
namespace Platform.Application.Identity.Logout;

/// <summary>Ends the caller's current session: its refresh token stops working, and so do its access tokens.</summary>
public sealed record LogoutCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;
