using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Infrastructure.Persistence;

/// <summary>Applies the checked-in migrations that the database does not have yet.</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToArray();
        await context.Database.MigrateAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogApplied(logger, pending.Length, pending.Length == 0 ? "none pending" : string.Join(", ", pending));
        }
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, string migrations);
}
