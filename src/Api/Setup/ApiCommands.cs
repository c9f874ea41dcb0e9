using Platform.Infrastructure.Persistence;

namespace Platform.Api.Setup;

/// <summary>
/// What the Api process does: serve requests (no arguments), or <c>migrate</c> — apply the pending
/// migrations and exit. With <c>Database:MigrateOnStartup=true</c> serving migrates first.
/// </summary>
internal static class ApiCommands
{
    public const string Migrate = "migrate";

    public static async Task<int> RunCommandAsync(this WebApplication app, string[] args)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        if (args.Contains(Migrate, StringComparer.OrdinalIgnoreCase))
        {
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
            return 0;
        }

        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await app.RunAsync();
        return 0;
    }
}
