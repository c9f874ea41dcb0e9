using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    away_team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sport = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    playground_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    proposed_by_team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report = table.Column<string>(type: "jsonb", nullable: true),
                    confirmation_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    auto_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    dispute_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    home_lineup = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    away_lineup = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: true),
                    result = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_matches_playgrounds_playground_id",
                        column: x => x.playground_id,
                        principalTable: "playgrounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_matches_teams_away_team_id",
                        column: x => x.away_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_matches_teams_home_team_id",
                        column: x => x.home_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_matches_away_team_id_scheduled_at_id",
                table: "matches",
                columns: new[] { "away_team_id", "scheduled_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_confirmation_deadline",
                table: "matches",
                column: "confirmation_deadline",
                filter: "status = 'AwaitingConfirmation'");

            migrationBuilder.CreateIndex(
                name: "ix_matches_home_team_id_scheduled_at_id",
                table: "matches",
                columns: new[] { "home_team_id", "scheduled_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_playground_id_scheduled_at_ends_at",
                table: "matches",
                columns: new[] { "playground_id", "scheduled_at", "ends_at" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_scheduled_at_id",
                table: "matches",
                columns: new[] { "scheduled_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matches");
        }
    }
}
