namespace Platform.Application.Identity.ForgotPassword;

/// <summary>Asks for a password reset link by e-mail. The answer is the same whether or not the account exists.</summary>
public sealed record ForgotPasswordCommand(string Email) : ICommand<ForgotPasswordResponse>
{
    /// <summary>The mail's language, set by the endpoint from <c>Accept-Language</c>; null means the account's own.</summary>
    public string? Locale { get; init; }
}
