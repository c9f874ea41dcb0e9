namespace Platform.Application.Playgrounds.CreatePlayground;

internal sealed class CreatePlaygroundValidator : AbstractValidator<CreatePlaygroundCommand>
{
    public CreatePlaygroundValidator() => this.ValidPlayground();
}
