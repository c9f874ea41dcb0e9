using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIndexOfSetsAndWorkoutRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workout_sets_workout_id",
                table: "workout_sets");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "workouts",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_workout_id",
                table: "workout_sets",
                column: "workout_id")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "position", "exercise_id", "reps", "weight_kg", "is_warm_up" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workout_sets_workout_id",
                table: "workout_sets");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "workouts");

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_workout_id",
                table: "workout_sets",
                column: "workout_id");
        }
    }
}
