namespace Platform.Application.Tournaments.RemoveOrganiser;

internal sealed class RemoveOrganiserValidator : AbstractValidator<RemoveOrganiserCommand>
{
    public RemoveOrganiserValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.UserId).NotEmpty();
    }
}
