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

#if (isGet && shared)
/// <summary>One platformEntity, whoever owns it: every signed-in user reads every one.</summary>
#if (isCached)
public sealed record PlatformSliceQuery(Guid Id) : ICachedQuery<PlatformSliceResponse>
{
    public string CacheKey => $"platform-module:PlatformSlice:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [PlatformModuleCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
#else
public sealed record PlatformSliceQuery(Guid Id) : IQuery<PlatformSliceResponse>;
#endif
#elif (isGet)
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
#elif (shared)
/// <summary>Every platformEntity, whoever owns it, newest first, one page at a time.</summary>
#if (isCached)
public sealed record PlatformSliceQuery(int Page, int PageSize) : ICachedQuery<PagedList<PlatformSliceResponse>>
{
    public string CacheKey => $"platform-module:PlatformSlice:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [PlatformModuleCacheTags.List];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
#else
public sealed record PlatformSliceQuery(int Page, int PageSize) : IQuery<PagedList<PlatformSliceResponse>>;
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
#if (shared)
        if (platformEntity is null)
#else
        if (platformEntity is null || !platformEntity.IsOwnedBy(request.OwnerId))
#endif
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
#if (shared)
        var page = await platformModule.ListAsync(request.Page, request.PageSize, cancellationToken);
#else
        var page = await platformModule.ListByOwnerAsync(request.OwnerId, request.Page, request.PageSize, cancellationToken);
#endif
        return page.Map(mapper.Map<PlatformSliceResponse>);
    }
}
#endif
