namespace Platform.Application.Teams.HandOverCaptaincy;

internal sealed class HandOverCaptaincyValidator : AbstractValidator<HandOverCaptaincyCommand>
{
    public HandOverCaptaincyValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.UserId).NotEmpty();
    }
}
