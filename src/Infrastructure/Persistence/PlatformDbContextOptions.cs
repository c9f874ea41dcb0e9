using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Infrastructure.Persistence;

/// <summary>The provider settings shared by the running app and the design-time factory, so migrations match.</summary>
internal static class PlatformDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>How many of a connection's most used statements Npgsql keeps prepared (ADR 46).</summary>
    public const int AutoPreparedStatements = 64;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(WithPlatformDefaults(connectionString), npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            // A failed command, query or save reaches its caller as an exception, which the caller logs (a database outage
            // once, ADR 24): EF Core's own Error line for each would double every failure.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    /// <summary>
    /// The connection settings the platform relies on: a bounded connect timeout (ADR 24) and, unless the connection
    /// string says otherwise, statements prepared automatically once used a few times (ADR 46), so PostgreSQL stops
    /// parsing and planning the same statements for every request and outbox delivery.
    /// </summary>
    public static string WithPlatformDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseOutage.WithBoundedConnectTimeout(connectionString));
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (!given.Any(keyword => keyword.Replace(" ", "", StringComparison.Ordinal).Equals(nameof(builder.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }
}
