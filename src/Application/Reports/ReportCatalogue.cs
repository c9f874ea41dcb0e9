using Platform.Domain.Reports;

namespace Platform.Application.Reports;

/// <summary>The reports the platform computes. Each is computed by PostgreSQL over the range and filled for empty buckets.</summary>
public static class ReportCatalogue
{
    private static readonly ReportColumn Bucket = new("bucket", ReportColumn.DateType, "The bucket's first local day.");

    public static readonly IReadOnlyList<ReportDefinition> All =
    [
        new("sign-ups", ReportAudience.Administrators, "Sign-ups",
            "Accounts created in each bucket; an account deleted later stays counted once its quarter hour is rolled up (within 20 minutes).", ReportGranularity.Day,
            [Bucket, new("signUps", ReportColumn.IntegerType, "Accounts created.")]),
        new("active-users", ReportAudience.Administrators, "Active users",
            "Distinct users who made a signed-in request in each bucket: daily, weekly or monthly active users by the granularity. " +
            "Activity is recorded once per user per UTC day, at its first request; a bucket's count is kept once the bucket has ended.", ReportGranularity.Day,
            [Bucket, new("activeUsers", ReportColumn.IntegerType, "Distinct active users.")]),
        new("sign-in-outcomes", ReportAudience.Administrators, "Sign-in outcomes by app",
            "Sign-ins that succeeded and failed in each bucket, by the app type the client named (unknown when none).", ReportGranularity.Day,
            [Bucket, new("appType", ReportColumn.TextType, "The X-App-Type of the sign-in, or unknown."), new("successes", ReportColumn.IntegerType, "Sign-ins that succeeded."),
                new("failures", ReportColumn.IntegerType, "Sign-ins refused.")]),
        new("client-versions", ReportAudience.Administrators, "Client versions in use",
            "Distinct users who made a signed-in request with each app type and version in each bucket (the app the session named at sign-in " +
            "or its last refresh; unknown for activity recorded before 2026-12-07). Activity is recorded once per user, app and version per UTC day, " +
            "at its first request; a bucket's counts are kept once the bucket has ended.",
            ReportGranularity.Week,
            [Bucket, new("appType", ReportColumn.TextType, "The app type."), new("appVersion", ReportColumn.TextType, "The app version."),
                new("users", ReportColumn.IntegerType, "Distinct users.")]),
        new("projects-by-status", ReportAudience.Administrators, "Projects by status",
            "Projects created in each bucket, by the status they have now.", ReportGranularity.Month,
            [Bucket, new("status", ReportColumn.TextType, "active or archived."), new("projects", ReportColumn.IntegerType, "Projects.")]),
        new("workouts-logged", ReportAudience.Administrators, "Workouts and sets logged",
            "Workouts logged in each bucket (by when they were logged) and their sets.", ReportGranularity.Day,
            [Bucket, new("workouts", ReportColumn.IntegerType, "Workouts logged."), new("sets", ReportColumn.IntegerType, "Their sets.")]),
        new("notification-delivery", ReportAudience.Administrators, "Notification delivery",
            "Notifications created in each bucket by type: how many reached the inbox, the daily digest, and were read.", ReportGranularity.Day,
            [Bucket, new("type", ReportColumn.TextType, "The notification type."), new("created", ReportColumn.IntegerType, "Notifications created."),
                new("inApp", ReportColumn.IntegerType, "Of them, shown in the inbox."), new("inDigest", ReportColumn.IntegerType, "Of them, held for the daily digest."),
                new("read", ReportColumn.IntegerType, "Of them, read since.")]),
        new("audit-trail", ReportAudience.Administrators, "Audit trail",
            "Every audit event in the range, one row each, oldest first: sign-ins, password and session changes, administrators' actions. " +
            "Addresses are left out. Long ranges hold more rows than a direct answer may: export them.", ReportGranularity.Day,
            [Bucket, new("occurredAt", ReportColumn.TextType, "When, in the report's time zone (ISO 8601, microseconds)."),
                new("type", ReportColumn.TextType, "What happened."), new("outcome", ReportColumn.TextType, "success or failure."),
                new("userId", ReportColumn.TextType, "The user it happened to, if any."), new("actorId", ReportColumn.TextType, "Who did it, if not that user."),
                new("ipAddress", ReportColumn.TextType, "The client's address."), new("appType", ReportColumn.TextType, "The client's app type."),
                new("detail", ReportColumn.TextType, "More about it.")]),
        new("project-members", ReportAudience.ProjectManagers, "Members by role",
            "The project's current members who had joined by the end of each bucket, by their role now.", ReportGranularity.Week,
            [Bucket, new("role", ReportColumn.TextType, "owner, maintainer, member or viewer."), new("members", ReportColumn.IntegerType, "Members.")]),
        new("project-joins", ReportAudience.ProjectManagers, "Joins",
            "Current members of the project who joined in each bucket.", ReportGranularity.Week,
            [Bucket, new("joins", ReportColumn.IntegerType, "Members who joined.")]),
        new("my-workouts", ReportAudience.Everyone, "My workouts",
            "Your workouts that started in each bucket, their sets and their volume (weight × reps of working sets, in kilograms).",
            ReportGranularity.Week,
            [Bucket, new("workouts", ReportColumn.IntegerType, "Workouts."), new("sets", ReportColumn.IntegerType, "Sets."),
                new("volumeKg", ReportColumn.DecimalType, "Volume in kilograms.")]),
    ];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(report => report.Key)];

    public static ReportDefinition? Find(string key) => All.FirstOrDefault(report => report.Key == key);
}
