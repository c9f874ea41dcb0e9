using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds.DeletePlayground;

/// <summary>Deletes a playground, if the caller created it or moderates.</summary>
public sealed record DeletePlaygroundCommand(Guid Id, Guid UserId, bool IsModerator) : ICommand<Unit>;

internal sealed class DeletePlaygroundHandler(IPlaygroundRepository playgrounds)
    : IRequestHandler<DeletePlaygroundCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeletePlaygroundCommand request, CancellationToken cancellationToken)
    {
        var playground = await playgrounds.FindAsync(request.Id, cancellationToken);
        if (playground is null)
        {
            return PlaygroundsErrors.NotFound;
        }

        return playground.Delete(request.UserId, request.IsModerator).Map(deleted =>
        {
            playgrounds.Remove(deleted);
            return Unit.Value;
        });
    }
}
