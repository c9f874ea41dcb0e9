namespace Platform.Application.Identity.GrantRole;

/// <summary>Gives an account a role, e.g. the first administrator from the command line. It shows in tokens issued afterwards.</summary>
public sealed record GrantRoleCommand(string Email, string Role) : ICommand<Unit>;
