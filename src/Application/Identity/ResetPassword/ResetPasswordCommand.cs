namespace Platform.Application.Identity.ResetPassword;

/// <summary>Sets a new password with the token of a reset mail, and ends every session of the account.</summary>
public sealed record ResetPasswordCommand(string Token, string NewPassword) : ICommand<Unit>
{
    /// <summary>Keeps the token and the password out of anything that prints the command.</summary>
    public override string ToString() => nameof(ResetPasswordCommand);
}
