using Mapster;
using Platform.Domain.PlatformModule;

namespace Platform.Application.PlatformModule.PlatformSlice;

/// <summary>Members of the same name map by themselves; map the others here.</summary>
internal sealed class PlatformSliceMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<PlatformEntity, PlatformSliceResponse>();
}
