namespace Platform.Application.Playgrounds.UpdatePlayground;

internal sealed class UpdatePlaygroundValidator : AbstractValidator<UpdatePlaygroundCommand>
{
    public UpdatePlaygroundValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        this.ValidPlayground();
    }
}
