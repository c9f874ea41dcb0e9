using Platform.Domain.Identity;

namespace Platform.Application.Identity.GrantRole;

internal sealed class GrantRoleValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(Email.MaxLength);
        RuleFor(command => command.Role).Must(role => Role.All.Contains(role))
            .WithErrorCode("role_invalid").WithMessage($"The role must be one of: {string.Join(", ", Role.All)}.");
    }
}
