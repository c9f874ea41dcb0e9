using Mapster;
using Platform.Domain.PlatformModule;

namespace Platform.Application.PlatformModule.PlatformSlice;

/// <summary>The platformEntity as clients see it.</summary>
#if (isAction)
public sealed record PlatformSliceResponse(Guid Id, string Name, bool IsArchived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
#else
public sealed record PlatformSliceResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
#endif

/// <summary>Members of the same name map by themselves; map the others here.</summary>
internal sealed class PlatformSliceMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<PlatformEntity, PlatformSliceResponse>();
}
