using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The report rollups (ADR 47): sign-ins and sign-ups counted per 15-minute slot of UTC time by the report-rollups
    /// job, and each rollup's mark, where its rolled-up slots end. Only SQL reads and writes them, so the model has none.
    /// </summary>
    public partial class ReportRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE report_rollup_marks (
                    rollup text PRIMARY KEY,
                    rolled_until timestamptz NOT NULL);
                CREATE TABLE sign_in_rollups (
                    slot timestamptz NOT NULL,
                    app_type text NOT NULL,
                    successes bigint NOT NULL,
                    failures bigint NOT NULL,
                    PRIMARY KEY (slot, app_type));
                CREATE TABLE sign_up_rollups (
                    slot timestamptz PRIMARY KEY,
                    users bigint NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE sign_up_rollups, sign_in_rollups, report_rollup_marks;");
        }
    }
}
