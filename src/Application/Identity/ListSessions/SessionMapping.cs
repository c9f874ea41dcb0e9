using Mapster;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ListSessions;

internal sealed class SessionMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Session, SessionResponse>().Ignore(response => response.IsCurrent);
}
