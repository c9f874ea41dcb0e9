using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddProjectSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            // The search document of a project: a generated column needs an immutable expression, which
            // array_to_string is not declared to be; for text[] it is, so the wrapper says so.
            migrationBuilder.Sql("""
                CREATE FUNCTION projects_search_document(key text, name text, description text, tags text[]) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT setweight(to_tsvector('simple', key), 'A')
                        || setweight(to_tsvector('simple', name), 'A')
                        || setweight(to_tsvector('simple', array_to_string(tags, ' ')), 'B')
                        || setweight(to_tsvector('simple', description), 'C')
                $$;
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "projects",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "projects_search_document(key, name, description, tags)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_projects_created_at_id",
                table: "projects",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_name_id",
                table: "projects",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_search_vector",
                table: "projects",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_projects_tags",
                table: "projects",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_projects_updated_at_id",
                table: "projects",
                columns: new[] { "updated_at", "id" });

            // Typo-tolerant matching of key and name (word_similarity through the <% operator) uses this expression index.
            migrationBuilder.Sql("CREATE INDEX ix_projects_key_name_trgm ON projects USING gin ((key || ' ' || name) gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_projects_key_name_trgm;");

            migrationBuilder.DropIndex(
                name: "ix_projects_created_at_id",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_name_id",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_search_vector",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_tags",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_updated_at_id",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "projects");

            migrationBuilder.Sql("DROP FUNCTION projects_search_document(text, text, text, text[]);");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
