using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Closed buckets of distinct-count reports (active users), counted once per report, zone, granularity and span and
    /// kept (ADR 47). Only SQL reads and writes them, so the model has none.
    /// </summary>
    public partial class ClosedBucketCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE closed_bucket_counts (
                    report text NOT NULL,
                    time_zone text NOT NULL,
                    granularity text NOT NULL,
                    bucket date NOT NULL,
                    starts timestamptz NOT NULL,
                    ends timestamptz NOT NULL,
                    value bigint NOT NULL,
                    PRIMARY KEY (report, time_zone, granularity, bucket, starts, ends));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE closed_bucket_counts;");
        }
    }
}
