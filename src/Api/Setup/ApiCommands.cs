using Platform.Application.Identity.GrantRole;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.Setup;

/// <summary>
/// What the Api process does: serve requests (no arguments); <c>migrate</c> — apply the pending migrations and exit;
/// <c>grant-role &lt;email&gt; &lt;role&gt;</c> — give an account a role (the first admin) and exit. With
/// <c>Database:MigrateOnStartup=true</c> serving migrates first.
/// </summary>
internal static class ApiCommands
{
    public const string Migrate = "migrate";
    public const string GrantRole = "grant-role";

    public static async Task<int> RunCommandAsync(this WebApplication app, string[] args)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        if (args.Contains(Migrate, StringComparer.OrdinalIgnoreCase))
        {
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
            return 0;
        }

        if (args is [GrantRole, ..])
        {
            return await GrantRoleAsync(app, args);
        }

        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await app.RunAsync();
        return 0;
    }

    private static async Task<int> GrantRoleAsync(WebApplication app, string[] args)
    {
        if (args is not [_, var email, var role])
        {
            await Console.Error.WriteLineAsync($"Usage: {GrantRole} <email> <role>, e.g. {GrantRole} ann@example.com admin");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GrantRoleCommand(email, role), app.Lifetime.ApplicationStopping);
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"{GrantRole} failed: {result.Error.Code}: {result.Error.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"{email} has the role {role}; it shows in access tokens issued from now on.");
        return 0;
    }
}
