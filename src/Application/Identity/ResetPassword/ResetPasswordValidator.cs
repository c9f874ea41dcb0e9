namespace Platform.Application.Identity.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    /// <summary>Tokens are 43 characters; the bound keeps arbitrary input away from the hash and the index.</summary>
    public const int TokenMaxLength = 128;

    public ResetPasswordValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(command => command.Token).NotEmpty().MaximumLength(TokenMaxLength);
        RuleFor(command => command.NewPassword).StrongPassword(commonPasswords);
    }
}
