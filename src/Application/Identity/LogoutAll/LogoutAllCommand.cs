
namespace Platform.Application.Identity.LogoutAll;

/// <summary>Ends every session of the caller, on every device, this one included.</summary>
public sealed record LogoutAllCommand(Guid UserId) : ICommand<Unit>;
