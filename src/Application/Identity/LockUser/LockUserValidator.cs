namespace Platform.Application.Identity.LockUser;

internal sealed class LockUserValidator : AbstractValidator<LockUserCommand>
{
    public LockUserValidator(TimeProvider clock)
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Until)
            .Must(until => until > clock.GetUtcNow())
            .When(command => command.Until is not null)
            .WithErrorCode("lock_end_in_past")
            .WithMessage("The end of the lock must be in the future; leave it out to lock until unlocked.");
    }
}
