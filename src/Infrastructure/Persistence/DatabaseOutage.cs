using Npgsql;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached (refused or broken connections, a server starting up, shutting down or out
/// of connections, a connect or command timeout) from every other failure, whoever wrapped the exception (EF Core,
/// FusionCache, the bearer handler). Requests answer it with 503 and background loops pause on it (ADR 24).
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Connect timeout in seconds: an unreachable server costs a request at most this long (ADR 24).</summary>
    public const int ConnectTimeoutSeconds = 3;

    public static bool IsCauseOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsUnavailable(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the pooled connections, which died with the server: once it is back, the next request opens a fresh one
    /// instead of failing on each dead connection in turn.
    /// </summary>
    public static void DropPooledConnections() => NpgsqlConnection.ClearAllPools();

    /// <summary>Caps the connect timeout of <paramref name="connectionString"/> at <see cref="ConnectTimeoutSeconds"/> (0 would wait for ever).</summary>
    public static string WithBoundedConnectTimeout(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Timeout = builder.Timeout is > 0 and <= ConnectTimeoutSeconds ? builder.Timeout : ConnectTimeoutSeconds;
        return builder.ConnectionString;
    }

    /// <summary>Class 08 (connection exception), 53 (insufficient resources: too many connections) and 57P01-57P03 (shutting down, crashed, starting up).</summary>
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
