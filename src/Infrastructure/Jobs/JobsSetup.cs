using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Platform.Infrastructure.Jobs;

internal static class JobsSetup
{
    public const string SchedulerName = "platform";

    /// <summary>
    /// Quartz with its clustered ADO.NET store on the platform's PostgreSQL (tables from our migrations, prefix
    /// <c>qrtz_</c>) and every <see cref="PlatformJobs"/> schedule (<c>Jobs:&lt;key&gt;:Cron</c> replaces one); the engine runs in the processes that do the
    /// background work (<see cref="PlatformRole"/>). Schedules are written again at each start; a trigger that missed
    /// firings while every node was down fires once (FireAndProceed, relative to the stored trigger).
    /// </summary>
    public static IServiceCollection AddJobEngine(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddSingleton<JobMetrics>();
        services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        services.AddQuartz(SchedulerName, quartz =>
        {
            quartz.UseDefaultThreadPool(maxConcurrency: 2);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(options => options.TablePrefix = "qrtz_");
                store.UseClustering(clustering =>
                {
                    clustering.CheckinInterval = TimeSpan.FromSeconds(10);
                    clustering.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                });
            });
            foreach (var job in PlatformJobs.All)
            {
                var schedule = configuration[$"Jobs:{job.Key}:Cron"] is { Length: > 0 } configured ? configured : job.Cron;
                quartz.ScheduleJob<CommandJob>(
                    trigger => trigger.WithIdentity(job.Key)
                        .WithDescription(job.Description)
                        .WithCronSchedule(schedule, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                    jobDetail => jobDetail.WithIdentity(job.Key).WithDescription(job.Description));
            }
        });
        if (PlatformRoles.Of(configuration).RunsBackgroundWork())
        {
            services.AddHostedService<JobEngine>();
        }

        return services;
    }
}
