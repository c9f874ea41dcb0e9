using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The client-versions report counts from the activity rows (ADR 47): <c>user_activity</c> gains the app type and
    /// version of the request and holds one row per user, app type and version a UTC day (rows of before are
    /// <c>unknown</c>). Kept closed buckets gain dimensions: <c>closed_buckets</c> says which buckets are kept,
    /// <c>closed_bucket_counts</c> holds their counts other than zero by dimensions.
    /// </summary>
    public partial class ClientActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE user_activity ADD COLUMN app_type text NOT NULL DEFAULT 'unknown', ADD COLUMN app_version text NOT NULL DEFAULT 'unknown';
                ALTER TABLE user_activity ALTER COLUMN app_type DROP DEFAULT, ALTER COLUMN app_version DROP DEFAULT;
                ALTER TABLE user_activity DROP CONSTRAINT pk_user_activity;
                ALTER TABLE user_activity ADD CONSTRAINT pk_user_activity PRIMARY KEY (day, user_id, app_type, app_version);

                CREATE TABLE closed_buckets (
                    report text NOT NULL,
                    time_zone text NOT NULL,
                    granularity text NOT NULL,
                    bucket date NOT NULL,
                    starts timestamptz NOT NULL,
                    ends timestamptz NOT NULL,
                    CONSTRAINT pk_closed_buckets PRIMARY KEY (report, time_zone, granularity, bucket, starts, ends));
                INSERT INTO closed_buckets SELECT report, time_zone, granularity, bucket, starts, ends FROM closed_bucket_counts;
                DELETE FROM closed_bucket_counts WHERE value = 0;
                ALTER TABLE closed_bucket_counts ADD COLUMN dimensions text[] NOT NULL DEFAULT '{}';
                ALTER TABLE closed_bucket_counts ALTER COLUMN dimensions DROP DEFAULT;
                ALTER TABLE closed_bucket_counts DROP CONSTRAINT closed_bucket_counts_pkey;
                ALTER TABLE closed_bucket_counts ADD CONSTRAINT pk_closed_bucket_counts
                    PRIMARY KEY (report, time_zone, granularity, bucket, starts, ends, dimensions);
                ALTER TABLE closed_bucket_counts ADD CONSTRAINT fk_closed_bucket_counts_closed_buckets
                    FOREIGN KEY (report, time_zone, granularity, bucket, starts, ends) REFERENCES closed_buckets ON DELETE CASCADE;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Counts by dimensions cannot go back into one count a bucket: only those without are kept.
            migrationBuilder.Sql("""
                DELETE FROM closed_bucket_counts WHERE dimensions <> '{}';
                ALTER TABLE closed_bucket_counts DROP CONSTRAINT fk_closed_bucket_counts_closed_buckets;
                ALTER TABLE closed_bucket_counts DROP CONSTRAINT pk_closed_bucket_counts;
                ALTER TABLE closed_bucket_counts DROP COLUMN dimensions;
                INSERT INTO closed_bucket_counts (report, time_zone, granularity, bucket, starts, ends, value)
                SELECT k.report, k.time_zone, k.granularity, k.bucket, k.starts, k.ends, 0
                FROM closed_buckets k
                WHERE k.report = 'active-users' AND NOT EXISTS (
                    SELECT 1 FROM closed_bucket_counts c WHERE (c.report, c.time_zone, c.granularity, c.bucket, c.starts, c.ends)
                        = (k.report, k.time_zone, k.granularity, k.bucket, k.starts, k.ends));
                DELETE FROM closed_bucket_counts WHERE report <> 'active-users';
                ALTER TABLE closed_bucket_counts ADD PRIMARY KEY (report, time_zone, granularity, bucket, starts, ends);
                DROP TABLE closed_buckets;

                ALTER TABLE user_activity DROP CONSTRAINT pk_user_activity;
                DELETE FROM user_activity a USING user_activity b
                WHERE a.day = b.day AND a.user_id = b.user_id AND (a.seen_at, a.app_type, a.app_version) > (b.seen_at, b.app_type, b.app_version);
                ALTER TABLE user_activity ADD CONSTRAINT pk_user_activity PRIMARY KEY (day, user_id);
                ALTER TABLE user_activity DROP COLUMN app_type, DROP COLUMN app_version;
                """);
        }
    }
}
