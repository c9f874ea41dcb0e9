using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Platform.Infrastructure.Persistence;

/// <summary>The provider settings shared by the running app and the design-time factory, so migrations match.</summary>
internal static class PlatformDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(DatabaseOutage.WithBoundedConnectTimeout(connectionString), npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            // A failed command, query or save reaches its caller as an exception, which the caller logs (a database outage
            // once, ADR 24): EF Core's own Error line for each would double every failure.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
