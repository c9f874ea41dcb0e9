namespace Platform.Application.Identity;

/// <summary>The rules a new password must meet, shared by every slice that sets one.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;

    /// <summary>Bounds the work of hashing, so a huge password cannot be used to burn CPU.</summary>
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule, ICommonPasswordList commonPasswords) =>
        rule.NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(password => !commonPasswords.Contains(password))
            .WithErrorCode("password_too_common")
            .WithMessage("This password is on a list of commonly used passwords; choose another.");
}
