using Microsoft.Extensions.Configuration;

namespace Platform.Infrastructure;

/// <summary>
/// What one process of the platform does (<c>Platform:Role</c>): serve the API and run the background work (the
/// outbox relay and the job engine) — the default — or only one of the two, so each can be scaled on its own.
/// </summary>
public enum PlatformRole
{
    All,
    Api,
    Worker,
}

public static class PlatformRoles
{
    public const string ConfigurationKey = "Platform:Role";

    public static PlatformRole Of(IConfiguration configuration) =>
        configuration[ConfigurationKey] switch
        {
            null or "" => PlatformRole.All,
            var name when Enum.TryParse<PlatformRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) => role,
            var name => throw new InvalidOperationException($"{ConfigurationKey} is '{name}'; it must be All, Api or Worker."),
        };

    public static bool ServesApi(this PlatformRole role) => role != PlatformRole.Worker;

    public static bool RunsBackgroundWork(this PlatformRole role) => role != PlatformRole.Api;
}
