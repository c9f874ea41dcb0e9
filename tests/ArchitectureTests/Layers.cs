using System.Reflection;
using Platform.Infrastructure.Persistence;

namespace Platform.ArchitectureTests;

/// <summary>The four layers, by assembly and root namespace.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Platform.Domain.Common.Error).Assembly;
    public static readonly Assembly Application = typeof(Platform.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(PlatformDbContext).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;

    public const string DomainNamespace = "Platform.Domain";
    public const string ApplicationNamespace = "Platform.Application";
    public const string InfrastructureNamespace = "Platform.Infrastructure";
    public const string ApiNamespace = "Platform.Api";
}
