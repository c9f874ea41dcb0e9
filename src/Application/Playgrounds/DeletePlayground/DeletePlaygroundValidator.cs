
namespace Platform.Application.Playgrounds.DeletePlayground;

internal sealed class DeletePlaygroundValidator : AbstractValidator<DeletePlaygroundCommand>
{
    public DeletePlaygroundValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}
