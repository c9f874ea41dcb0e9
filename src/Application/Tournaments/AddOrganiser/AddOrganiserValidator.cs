namespace Platform.Application.Tournaments.AddOrganiser;

internal sealed class AddOrganiserValidator : AbstractValidator<AddOrganiserCommand>
{
    public AddOrganiserValidator() => RuleFor(command => command.UserId).NotEmpty();
}
