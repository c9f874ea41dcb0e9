using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HardenIdentityAfterReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_password_reset_requests_requested_at",
                table: "password_reset_requests");

            migrationBuilder.DropColumn(
                name: "processed_at",
                table: "password_reset_requests");

            migrationBuilder.AddColumn<bool>(
                name: "locked_by_administrator",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "discard_after",
                table: "outgoing_mails",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_requests_requested_at",
                table: "password_reset_requests",
                column: "requested_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_password_reset_requests_requested_at",
                table: "password_reset_requests");

            migrationBuilder.DropColumn(
                name: "locked_by_administrator",
                table: "users");

            migrationBuilder.DropColumn(
                name: "discard_after",
                table: "outgoing_mails");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "processed_at",
                table: "password_reset_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_requests_requested_at",
                table: "password_reset_requests",
                column: "requested_at",
                filter: "processed_at IS NULL");
        }
    }
}
