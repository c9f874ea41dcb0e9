using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds.GetPlayground;

/// <summary>One playground, whoever owns it: every signed-in user reads every one.</summary>
public sealed record GetPlaygroundQuery(Guid Id) : ICachedQuery<PlaygroundResponse>
{
    public string CacheKey => $"playgrounds:GetPlayground:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [PlaygroundsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetPlaygroundHandler(IPlaygroundRepository playgrounds, IMapper mapper)
    : IRequestHandler<GetPlaygroundQuery, Result<PlaygroundResponse>>
{
    public async Task<Result<PlaygroundResponse>> Handle(GetPlaygroundQuery request, CancellationToken cancellationToken)
    {
        var playground = await playgrounds.FindAsync(request.Id, cancellationToken);
        if (playground is null)
        {
            return PlaygroundsErrors.NotFound;
        }

        return mapper.Map<PlaygroundResponse>(playground);
    }
}
