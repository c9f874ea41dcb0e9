#if (!isDelete)
using MapsterMapper;
#endif
#if (isList)
using Platform.Application.Common.Paging;
#endif
#if (!isList)
using Platform.Domain.PlatformModule;
#endif

namespace Platform.Application.PlatformModule.PlatformSlice;

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
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }

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
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }

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
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }

        platformEntity.Delete();
        platformModule.Remove(platformEntity);
        return Unit.Value;
    }
}
#elif (isGet)
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule, IMapper mapper)
    : IRequestHandler<PlatformSliceQuery, Result<PlatformSliceResponse>>
{
    public async Task<Result<PlatformSliceResponse>> Handle(PlatformSliceQuery request, CancellationToken cancellationToken)
    {
        var platformEntity = await platformModule.FindAsync(request.Id, cancellationToken);
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
        {
            return PlatformModuleErrors.NotFound;
        }

        return mapper.Map<PlatformSliceResponse>(platformEntity);
    }
}
#else
internal sealed class PlatformSliceHandler(IPlatformEntityRepository platformModule, IMapper mapper)
    : IRequestHandler<PlatformSliceQuery, Result<PagedList<PlatformSliceResponse>>>
{
    public async Task<Result<PagedList<PlatformSliceResponse>>> Handle(PlatformSliceQuery request, CancellationToken cancellationToken)
    {
        var page = await platformModule.ListByOwnerAsync(request.OwnerId, request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<PlatformSliceResponse>);
    }
}
#endif
