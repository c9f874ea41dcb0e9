using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Events;
using Platform.Application.Common.Persistence;
using Platform.Application.Identity;
using Platform.Infrastructure.Audit;
using Platform.Infrastructure.Caching;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Mail;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Outbox;
using Platform.Infrastructure.Tracker;

namespace Platform.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Platform";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is missing. Set it (environment variable ConnectionStrings__{ConnectionStringName}) " +
                "to a PostgreSQL connection string, or start the Api with build/run.sh, which provides a private PostgreSQL.");
        }

        services.AddDbContextPool<PlatformDbContext>(builder => PlatformDbContextOptions.Configure(builder, connectionString));
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<PlatformDbContext>());
        services.AddScoped<IDomainEvents>(provider => provider.GetRequiredService<PlatformDbContext>());
        services.AddSingleton<DatabaseMigrator>();

        services.AddRepositories();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<Application.Workouts.Contracts.IExerciseUsage>(provider => provider.GetRequiredService<Application.Workouts.IWorkoutRepository>());
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddSingleton<ICommonPasswordList, CommonPasswordList>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<ISessionStatus, SessionStatus>();
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName).ValidateOnStart();
        services.AddOptions<LockoutOptions>().BindConfiguration(LockoutOptions.SectionName)
            .Validate(options => options.MaxFailedAttempts > 0 && options.Duration > TimeSpan.Zero,
                "Lockout:MaxFailedAttempts and Lockout:Duration must be positive.")
            .ValidateOnStart();
        services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        services.AddSingleton<JwtSigningKeys>();
        services.AddOptions<PasswordResetOptions>().BindConfiguration(PasswordResetOptions.SectionName)
            .Validate(options => options.IsValid,
                "PasswordReset:LinkTemplate must be an absolute URL containing {token}, and PasswordReset:TokenLifetime positive.")
            .ValidateOnStart();
        services.AddMail();
        services.AddTracker();
        services.AddOptions<Notifications.NotificationOptions>().BindConfiguration(Notifications.NotificationOptions.SectionName)
            .Validate(options => options.IsValid, "Notifications:UnsubscribeUrl must be an absolute http(s) URL containing {token}.")
            .ValidateOnStart();
        services.AddSingleton<Application.Notifications.IUnsubscribeLinks, Notifications.UnsubscribeLinks>();
        services.AddOptions<Persistence.PartitionOptions>().BindConfiguration(Persistence.PartitionOptions.SectionName)
            .Validate(options => options.IsValid, "Partitions:RetentionMonths names audit_events, notifications or user_activity, each at least 1 month.")
            .ValidateOnStart();
        services.AddScoped<Application.Reports.IPartitionMaintenance, Persistence.PartitionMaintenance>();
        services.AddScoped<Application.Reports.IReportExportFiles, Reports.ReportExportFiles>();
        services.AddScoped<Application.Reports.IReportRollups, Reports.ReportRollups>();
        services.AddSingleton<Reports.UserActivityRecorder>();
        services.AddSingleton<Application.Reports.IUserActivity>(provider => provider.GetRequiredService<Reports.UserActivityRecorder>());
        if (PlatformRoles.Of(configuration).ServesApi())
        {
            services.AddHostedService(provider => provider.GetRequiredService<Reports.UserActivityRecorder>());
        }

        services.AddOptions<Application.Workouts.WorkoutReminderOptions>().BindConfiguration(Application.Workouts.WorkoutReminderOptions.SectionName)
            .Validate(options => options.IsValid, "Workouts:Reminders:AfterDays must be 1-365 and LocalHour 0-23.")
            .ValidateOnStart();
        services.AddOptions<Application.Reports.ReportOptions>().BindConfiguration(Application.Reports.ReportOptions.SectionName)
            .Validate(options => options.IsValid, $"Reports:RowCap must be 1-{Application.Reports.ReportOptions.MaxRowCap}.")
            .ValidateOnStart();
        services.AddOutbox(configuration);
        services.AddJobEngine(configuration, PlatformDbContextOptions.WithPlatformDefaults(connectionString));
        services.AddHostedService<ActiveSessionsGauge>();

        services.AddPlatformCache(configuration);
        return services;
    }

    /// <summary>
    /// Every <c>XRepository</c> class of Infrastructure serves its <c>IXRepository</c> from Application, one per
    /// request scope (it shares the scope's DbContext), so a module's repository needs no registration of its own.
    /// </summary>
    private static IServiceCollection AddRepositories(this IServiceCollection services) =>
        services.Scan(scan => scan.FromAssemblyOf<PlatformDbContext>()
            .AddClasses(classes => classes.Where(type => type.Name.EndsWith("Repository", StringComparison.Ordinal)), publicOnly: false)
            .AsMatchingInterface()
            .WithScopedLifetime());
}
