using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The notifications' rollup (ADR 47): created, in the inbox, in the digest and read, per 15-minute slot and type.
    /// A notification changes after its slot is rolled up (read, unread, out of the digest, deleted; or committed late),
    /// so statement triggers add each change of a rolled-up row to its slot. They hold the rollup's advisory lock shared,
    /// which a report-rollups run holds exclusively: a change is either counted by the run or added after it, never
    /// both and never neither. Every rollup's mark starts at -infinity, so the lock protects even the first run.
    /// </summary>
    public partial class NotificationRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE notification_rollups (
                    slot timestamptz NOT NULL,
                    type text NOT NULL,
                    created bigint NOT NULL,
                    in_app bigint NOT NULL,
                    in_digest bigint NOT NULL,
                    read bigint NOT NULL,
                    PRIMARY KEY (slot, type));

                INSERT INTO report_rollup_marks (rollup, rolled_until)
                VALUES ('notifications', '-infinity'), ('sign-ins', '-infinity'), ('sign-ups', '-infinity')
                ON CONFLICT (rollup) DO NOTHING;

                CREATE FUNCTION platform_notification_rollups_follow() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    rolled timestamptz;
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(hashtextextended('platform.report-rollup.notifications', 0));
                    SELECT m.rolled_until INTO rolled FROM report_rollup_marks m WHERE m.rollup = 'notifications';
                    IF rolled IS NULL OR rolled = '-infinity' THEN
                        RETURN NULL;
                    END IF;

                    -- One upsert of the net change per slot and type, in key order (two statements never lock the same
                    -- slots in opposite orders), skipping slots whose counts did not change. The changed rows are the
                    -- inserted, the deleted, or the updated ones as they are now (less them as they were, old_rows).
                    IF TG_OP = 'UPDATE' THEN
                        INSERT INTO notification_rollups AS r (slot, type, created, in_app, in_digest, read)
                        SELECT date_bin('15 minutes', c.created_at, TIMESTAMPTZ '2000-01-01Z'), c.type, sum(c.sign),
                               coalesce(sum(c.sign) FILTER (WHERE c.in_app), 0), coalesce(sum(c.sign) FILTER (WHERE c.in_digest), 0),
                               coalesce(sum(c.sign) FILTER (WHERE c.read_at IS NOT NULL), 0)
                        FROM (
                            SELECT n.created_at, n.type, n.in_app, n.in_digest, n.read_at, 1 AS sign FROM changed_rows n
                            UNION ALL
                            SELECT o.created_at, o.type, o.in_app, o.in_digest, o.read_at, -1 FROM old_rows o) c
                        WHERE c.created_at < rolled
                        GROUP BY 1, 2
                        HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.in_app), 0) <> 0
                            OR coalesce(sum(c.sign) FILTER (WHERE c.in_digest), 0) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.read_at IS NOT NULL), 0) <> 0
                        ORDER BY 1, 2
                        ON CONFLICT (slot, type) DO UPDATE SET created = r.created + excluded.created, in_app = r.in_app + excluded.in_app,
                            in_digest = r.in_digest + excluded.in_digest, read = r.read + excluded.read;
                    ELSE
                        INSERT INTO notification_rollups AS r (slot, type, created, in_app, in_digest, read)
                        SELECT date_bin('15 minutes', c.created_at, TIMESTAMPTZ '2000-01-01Z'), c.type, sum(c.sign),
                               coalesce(sum(c.sign) FILTER (WHERE c.in_app), 0), coalesce(sum(c.sign) FILTER (WHERE c.in_digest), 0),
                               coalesce(sum(c.sign) FILTER (WHERE c.read_at IS NOT NULL), 0)
                        FROM (
                            SELECT n.created_at, n.type, n.in_app, n.in_digest, n.read_at, CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END AS sign
                            FROM changed_rows n) c
                        WHERE c.created_at < rolled
                        GROUP BY 1, 2
                        HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.in_app), 0) <> 0
                            OR coalesce(sum(c.sign) FILTER (WHERE c.in_digest), 0) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.read_at IS NOT NULL), 0) <> 0
                        ORDER BY 1, 2
                        ON CONFLICT (slot, type) DO UPDATE SET created = r.created + excluded.created, in_app = r.in_app + excluded.in_app,
                            in_digest = r.in_digest + excluded.in_digest, read = r.read + excluded.read;
                    END IF;

                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER notification_rollups_after_insert AFTER INSERT ON notifications
                    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION platform_notification_rollups_follow();
                CREATE TRIGGER notification_rollups_after_update AFTER UPDATE ON notifications
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION platform_notification_rollups_follow();
                CREATE TRIGGER notification_rollups_after_delete AFTER DELETE ON notifications
                    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION platform_notification_rollups_follow();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER notification_rollups_after_insert ON notifications;
                DROP TRIGGER notification_rollups_after_update ON notifications;
                DROP TRIGGER notification_rollups_after_delete ON notifications;
                DROP FUNCTION platform_notification_rollups_follow();
                DROP TABLE notification_rollups;
                DELETE FROM report_rollup_marks WHERE rollup = 'notifications';
                """);
        }
    }
}
