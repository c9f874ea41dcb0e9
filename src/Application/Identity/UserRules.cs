using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>The field rules shared by the slices that create or change accounts.</summary>
public static class UserRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(email => Email.Create(email).IsSuccess)
            .WithErrorCode(IdentityErrors.EmailInvalid.Code)
            .WithMessage(IdentityErrors.EmailInvalid.Message);

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(name => DisplayName.Create(name).IsSuccess)
            .WithErrorCode(IdentityErrors.DisplayNameInvalid.Code)
            .WithMessage(IdentityErrors.DisplayNameInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidLocale<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(UserPreferences.IsLocale)
            .WithErrorCode(UserPreferences.LocaleInvalid.Code)
            .WithMessage(UserPreferences.LocaleInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(UserPreferences.IsTimeZone)
            .WithErrorCode(UserPreferences.TimeZoneInvalid.Code)
            .WithMessage(UserPreferences.TimeZoneInvalid.Message);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty()
            .Must(roles => roles.All(Role.All.Contains))
            .WithErrorCode(Role.RolesInvalid.Code)
            .WithMessage(Role.RolesInvalid.Message);
}
