using MapsterMapper;
#if (isCached)
using Platform.Application.Common.Caching;
#endif
#if (isList)
using Platform.Application.Common.Paging;
#else
using Platform.Domain.PlatformModule;
#endif

namespace Platform.Application.PlatformModule.PlatformSlice;

#if (isGet)
/// <summary>One of the caller's platformEntity aggregates.</summary>
#if (isCached)
public sealed record PlatformSliceQuery(Guid Id, Guid OwnerId) : ICachedQuery<PlatformSliceResponse>
{
    public string CacheKey => $"platform-module:PlatformSlice:{OwnerId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [PlatformModuleCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
#else
public sealed record PlatformSliceQuery(Guid Id, Guid OwnerId) : IQuery<PlatformSliceResponse>;
#endif
#else
/// <summary>The caller's platformEntity aggregates, newest first, one page at a time.</summary>
#if (isCached)
public sealed record PlatformSliceQuery(Guid OwnerId, int Page, int PageSize) : ICachedQuery<PagedList<PlatformSliceResponse>>
{
    public string CacheKey => $"platform-module:PlatformSlice:{OwnerId:N}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [PlatformModuleCacheTags.ForOwner(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
#else
public sealed record PlatformSliceQuery(Guid OwnerId, int Page, int PageSize) : IQuery<PagedList<PlatformSliceResponse>>;
#endif
#endif

#if (isGet)
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
