
namespace Platform.Application.Identity.RevokeSession;

/// <summary>Ends one of the caller's sessions, for instance a lost phone's.</summary>
public sealed record RevokeSessionCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;
