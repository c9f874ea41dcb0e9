using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Monthly partitions (ADR 44): the audit trail by <c>occurred_at</c>, notifications by <c>created_at</c> (their
    /// rows move into the partitioned tables) and the new <c>user_activity</c> by <c>day</c>. Each has a DEFAULT
    /// partition, so a row outside the months created is never refused; the partitions job creates the months ahead
    /// and drops those past retention with the two functions made here.
    /// </summary>
    public partial class Partitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION platform_create_month_partitions(parent text, first_month date, last_month date, by_instant boolean)
                RETURNS integer LANGUAGE plpgsql AS $$
                DECLARE
                    month date := date_trunc('month', first_month)::date;
                    created integer := 0;
                    partition text;
                BEGIN
                    WHILE month <= date_trunc('month', last_month)::date LOOP
                        partition := format('%s_%s', parent, to_char(month, 'YYYY_MM'));
                        IF to_regclass(partition) IS NULL THEN
                            -- A timestamptz key is cut at UTC midnights, whatever the session's time zone.
                            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', partition, parent,
                                CASE WHEN by_instant THEN (month::timestamp AT TIME ZONE 'UTC')::text ELSE month::text END,
                                CASE WHEN by_instant THEN ((month + interval '1 month')::timestamp AT TIME ZONE 'UTC')::text
                                     ELSE (month + interval '1 month')::date::text END);
                            created := created + 1;
                        END IF;
                        month := (month + interval '1 month')::date;
                    END LOOP;
                    RETURN created;
                END $$;

                CREATE FUNCTION platform_drop_month_partitions_before(parent text, cutoff date)
                RETURNS integer LANGUAGE plpgsql AS $$
                DECLARE
                    dropped integer := 0;
                    partition text;
                BEGIN
                    FOR partition IN
                        SELECT child.relname FROM pg_inherits i JOIN pg_class child ON child.oid = i.inhrelid
                        WHERE i.inhparent = parent::regclass AND child.relname ~ ('^' || parent || '_[0-9]{4}_[0-9]{2}$')
                    LOOP
                        IF (to_date(right(partition, 7), 'YYYY_MM') + interval '1 month')::date <= cutoff THEN
                            EXECUTE format('DROP TABLE %I', partition);
                            dropped := dropped + 1;
                        END IF;
                    END LOOP;
                    RETURN dropped;
                END $$;
                """);

            migrationBuilder.Sql("""
                DROP INDEX ix_audit_events_occurred_at, ix_audit_events_type_id, ix_audit_events_user_id_id;
                ALTER TABLE audit_events RENAME TO audit_events_unpartitioned;
                ALTER TABLE audit_events_unpartitioned RENAME CONSTRAINT pk_audit_events TO pk_audit_events_unpartitioned;
                CREATE TABLE audit_events (LIKE audit_events_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (occurred_at);
                ALTER TABLE audit_events ADD CONSTRAINT pk_audit_events PRIMARY KEY (id, occurred_at);
                CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at);
                CREATE INDEX ix_audit_events_type_id ON audit_events (type, id);
                CREATE INDEX ix_audit_events_user_id_id ON audit_events (user_id, id);
                CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;
                SELECT platform_create_month_partitions('audit_events',
                    (coalesce((SELECT min(occurred_at) FROM audit_events_unpartitioned), now()) AT TIME ZONE 'UTC')::date,
                    ((now() AT TIME ZONE 'UTC') + interval '3 months')::date, true);
                INSERT INTO audit_events SELECT * FROM audit_events_unpartitioned;
                DROP TABLE audit_events_unpartitioned;
                """);

            migrationBuilder.Sql("""
                DROP INDEX ix_notifications_digest, ix_notifications_unread, ix_notifications_user_id_id;
                ALTER TABLE notifications RENAME TO notifications_unpartitioned;
                ALTER TABLE notifications_unpartitioned RENAME CONSTRAINT pk_notifications TO pk_notifications_unpartitioned;
                ALTER TABLE notifications_unpartitioned DROP CONSTRAINT fk_notifications_users_user_id;
                CREATE TABLE notifications (LIKE notifications_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (created_at);
                ALTER TABLE notifications ADD CONSTRAINT pk_notifications PRIMARY KEY (id, created_at);
                ALTER TABLE notifications ADD CONSTRAINT fk_notifications_users_user_id
                    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
                CREATE INDEX ix_notifications_digest ON notifications (user_id, created_at) WHERE in_digest;
                CREATE INDEX ix_notifications_unread ON notifications (user_id) WHERE in_app AND read_at IS NULL;
                CREATE INDEX ix_notifications_user_id_id ON notifications (user_id, id DESC) WHERE in_app;
                CREATE TABLE notifications_default PARTITION OF notifications DEFAULT;
                SELECT platform_create_month_partitions('notifications',
                    (coalesce((SELECT min(created_at) FROM notifications_unpartitioned), now()) AT TIME ZONE 'UTC')::date,
                    ((now() AT TIME ZONE 'UTC') + interval '3 months')::date, true);
                INSERT INTO notifications SELECT * FROM notifications_unpartitioned;
                DROP TABLE notifications_unpartitioned;
                """);

            migrationBuilder.Sql("""
                CREATE TABLE user_activity (
                    day date NOT NULL,
                    user_id uuid NOT NULL,
                    seen_at timestamptz NOT NULL,
                    CONSTRAINT pk_user_activity PRIMARY KEY (day, user_id),
                    CONSTRAINT fk_user_activity_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
                ) PARTITION BY RANGE (day);
                CREATE INDEX ix_user_activity_user_id ON user_activity (user_id);
                CREATE TABLE user_activity_default PARTITION OF user_activity DEFAULT;
                SELECT platform_create_month_partitions('user_activity', current_date, current_date + 92, false);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE user_activity;

                ALTER TABLE notifications RENAME TO notifications_partitioned;
                ALTER TABLE notifications_partitioned RENAME CONSTRAINT pk_notifications TO pk_notifications_partitioned;
                ALTER TABLE notifications_partitioned DROP CONSTRAINT fk_notifications_users_user_id;
                DROP INDEX ix_notifications_digest, ix_notifications_unread, ix_notifications_user_id_id;
                CREATE TABLE notifications (LIKE notifications_partitioned INCLUDING DEFAULTS);
                ALTER TABLE notifications ADD CONSTRAINT pk_notifications PRIMARY KEY (id);
                ALTER TABLE notifications ADD CONSTRAINT fk_notifications_users_user_id
                    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
                CREATE INDEX ix_notifications_digest ON notifications (user_id, created_at) WHERE in_digest;
                CREATE INDEX ix_notifications_unread ON notifications (user_id) WHERE in_app AND read_at IS NULL;
                CREATE INDEX ix_notifications_user_id_id ON notifications (user_id, id DESC) WHERE in_app;
                INSERT INTO notifications SELECT * FROM notifications_partitioned;
                DROP TABLE notifications_partitioned;

                ALTER TABLE audit_events RENAME TO audit_events_partitioned;
                ALTER TABLE audit_events_partitioned RENAME CONSTRAINT pk_audit_events TO pk_audit_events_partitioned;
                DROP INDEX ix_audit_events_occurred_at, ix_audit_events_type_id, ix_audit_events_user_id_id;
                CREATE TABLE audit_events (LIKE audit_events_partitioned INCLUDING DEFAULTS);
                ALTER TABLE audit_events ADD CONSTRAINT pk_audit_events PRIMARY KEY (id);
                CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at);
                CREATE INDEX ix_audit_events_type_id ON audit_events (type, id);
                CREATE INDEX ix_audit_events_user_id_id ON audit_events (user_id, id);
                INSERT INTO audit_events SELECT * FROM audit_events_partitioned;
                DROP TABLE audit_events_partitioned;

                DROP FUNCTION platform_drop_month_partitions_before(text, date);
                DROP FUNCTION platform_create_month_partitions(text, date, date, boolean);
                """);
        }
    }
}
