using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobEngine : Migration
    {
        private static readonly string[] QuartzTables =
        [
            "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers",
            "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks",
            "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
        ];

        private static string QuartzSchema
        {
            get
            {
                using var stream = typeof(JobEngine).Assembly.GetManifestResourceStream("Platform.Infrastructure.quartz-schema.sql")
                    ?? throw new InvalidOperationException("The Quartz schema is not embedded in Platform.Infrastructure.");
                using var reader = new System.IO.StreamReader(stream);
                return reader.ReadToEnd();
            }
        }

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "last_digest_on",
                table: "notification_preferences",
                type: "date",
                nullable: true);

            // Quartz.NET's clustered job store (ADR 39): its own DDL for 4.7.3, kept beside the jobs.
            migrationBuilder.Sql(QuartzSchema);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(string.Join(' ', QuartzTables.Reverse().Select(table => $"DROP TABLE IF EXISTS {table};")));
            migrationBuilder.DropColumn(
                name: "last_digest_on",
                table: "notification_preferences");
        }
    }
}
