#if (!isDelete)
using MapsterMapper;
#endif
using Platform.Domain.PlatformModule;

namespace Platform.Application.PlatformModule.PlatformSlice;

#if (isCreate)
/// <summary>Creates one platformEntity owned by the caller.</summary>
public sealed record PlatformSliceCommand(string? Name) : ICommand<PlatformSliceResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid OwnerId { get; init; }
}
#elif (isAction && shared)
/// <summary>Archives a platformEntity if the caller owns it; archiving an archived one changes nothing.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<PlatformSliceResponse>;
#elif (isAction)
/// <summary>Archives one of the caller's platformEntity aggregates; archiving an archived one changes nothing.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<PlatformSliceResponse>;
#elif (isChange)
#if (shared)
/// <summary>Renames a platformEntity if the caller owns it.</summary>
#else
/// <summary>Renames one of the caller's platformEntity aggregates.</summary>
#endif
public sealed record PlatformSliceCommand(string? Name) : ICommand<PlatformSliceResponse>
{
    /// <summary>The platformEntity, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid OwnerId { get; init; }
}
#elif (shared)
/// <summary>Deletes a platformEntity if the caller owns it.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;
#else
/// <summary>Deletes one of the caller's platformEntity aggregates.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;
#endif

#if (isCreate)
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule, TimeProvider clock, IMapper mapper)
    : IRequestHandler<PlatformSliceCommand, Result<PlatformSliceResponse>>
{
    public Task<Result<PlatformSliceResponse>> Handle(PlatformSliceCommand request, CancellationToken cancellationToken)
    {
        var created = PlatformEntity.Create(request.OwnerId, request.Name, clock.GetUtcNow())
            .Map(platformEntity =>
            {
                platformModule.Add(platformEntity);
                return mapper.Map<PlatformSliceResponse>(platformEntity);
            });
        return Task.FromResult(created);
    }
}
#elif (isAction)
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule, TimeProvider clock, IMapper mapper)
    : IRequestHandler<PlatformSliceCommand, Result<PlatformSliceResponse>>
{
    public async Task<Result<PlatformSliceResponse>> Handle(PlatformSliceCommand request, CancellationToken cancellationToken)
    {
        var platformEntity = await platformModule.FindAsync(request.Id, cancellationToken);
#if (shared)
        if (platformEntity is null)
        {
            return PlatformModuleErrors.NotFound;
        }

        if (!platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.PermissionDenied;
        }
#else
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }
#endif

        platformEntity.Archive(clock.GetUtcNow());
        return mapper.Map<PlatformSliceResponse>(platformEntity);
    }
}
#elif (isChange)
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule, TimeProvider clock, IMapper mapper)
    : IRequestHandler<PlatformSliceCommand, Result<PlatformSliceResponse>>
{
    public async Task<Result<PlatformSliceResponse>> Handle(PlatformSliceCommand request, CancellationToken cancellationToken)
    {
        var platformEntity = await platformModule.FindAsync(request.Id, cancellationToken);
#if (shared)
        if (platformEntity is null)
        {
            return PlatformModuleErrors.NotFound;
        }

        if (!platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.PermissionDenied;
        }
#else
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }
#endif

        return platformEntity.Rename(request.Name, clock.GetUtcNow()).Map(mapper.Map<PlatformSliceResponse>);
    }
}
#elif (isDelete)
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule)
    : IRequestHandler<PlatformSliceCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(PlatformSliceCommand request, CancellationToken cancellationToken)
    {
        var platformEntity = await platformModule.FindAsync(request.Id, cancellationToken);
#if (shared)
        if (platformEntity is null)
        {
            return PlatformModuleErrors.NotFound;
        }

        if (!platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.PermissionDenied;
        }
#else
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }
#endif

        platformEntity.Delete();
        platformModule.Remove(platformEntity);
        return Unit.Value;
    }
}
#endif
