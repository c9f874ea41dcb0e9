using System.Text;
using Npgsql;
using NpgsqlTypes;
using Platform.Application.Projects;

namespace Platform.Infrastructure.Projects;

/// <summary>
/// The SQL of the v2 project list: the member's projects joined through <c>project_members</c>, each filter as a
/// parameter, and a keyset (row-value comparison on the sort column and the id) instead of an offset, so a deep page
/// costs what the first one does. A search matches words by prefix in the weighted <c>search_vector</c> (GIN) or the
/// key and name by trigram word similarity (GIN, pg_trgm) and ranks by both.
/// </summary>
internal static class ProjectSearchSql
{
    /// <summary>The pg_trgm word-similarity threshold of a search: 0.5 lets one transposed or missing letter in a word through.</summary>
    public const string SimilarityThresholdSql = "SET LOCAL pg_trgm.word_similarity_threshold = 0.5";

    private const string KeyAndName = "(p.key || ' ' || p.name)";
    // Word matches weighted by where they are (key and name count most), shorter documents first, plus how close
    // the whole key and name are to the query: an exact short name ranks above a mention in a long one, and a typo below both.
    private const string Rank = $"(ts_rank(p.search_vector, to_tsquery('simple', @terms), 1) + similarity(@text, {KeyAndName}))::real";

    public static (string Sql, NpgsqlParameter[] Parameters) For(ProjectSearchCriteria criteria)
    {
        var searching = criteria.Text is not null && criteria.Terms.Count > 0;
        var parameters = new List<NpgsqlParameter>
        {
            new("user", NpgsqlDbType.Uuid) { Value = criteria.UserId },
            new("take", NpgsqlDbType.Integer) { Value = criteria.Take },
        };
        var where = new StringBuilder();
        void Filter(string condition, string name, NpgsqlDbType type, object? value)
        {
            if (value is null)
            {
                return;
            }

            where.Append(" AND ").Append(condition);
            parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        if (searching)
        {
            where.Append(" AND (p.search_vector @@ to_tsquery('simple', @terms) OR @text <% ").Append(KeyAndName).Append(')');
            parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Text) { Value = string.Join(" & ", criteria.Terms.Select(term => $"'{term}':*")) });
            parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = criteria.Text! });
        }

        Filter("p.status = @status", "status", NpgsqlDbType.Text, criteria.Status?.ToString());
        Filter("m.role = @role", "role", NpgsqlDbType.Text, criteria.Role?.ToString());
        Filter("p.tags @> ARRAY[@tag]", "tag", NpgsqlDbType.Text, criteria.Tag);
        Filter("p.owner_id = @owner", "owner", NpgsqlDbType.Uuid, criteria.OwnerId);
        Filter("p.created_at >= @created_from", "created_from", NpgsqlDbType.TimestampTz, criteria.CreatedFrom?.ToUniversalTime());
        Filter("p.created_at < @created_to", "created_to", NpgsqlDbType.TimestampTz, criteria.CreatedTo?.ToUniversalTime());
        Filter("p.updated_at >= @updated_from", "updated_from", NpgsqlDbType.TimestampTz, criteria.UpdatedFrom?.ToUniversalTime());
        Filter("p.updated_at < @updated_to", "updated_to", NpgsqlDbType.TimestampTz, criteria.UpdatedTo?.ToUniversalTime());

        // Creation order is the UUIDv7 order of the ids, so those pages walk the member's (user_id, project_id) index
        // and cost the same for a member of ten projects and of a hundred thousand.
        var (column, descending) = criteria.Sort switch
        {
            ProjectSearchSort.Relevance => (Rank, true),
            ProjectSearchSort.Name => ("p.name", false),
            ProjectSearchSort.NameDescending => ("p.name", true),
            ProjectSearchSort.Created => ("m.project_id", false),
            ProjectSearchSort.CreatedDescending => ("m.project_id", true),
            ProjectSearchSort.Updated => ("p.updated_at", false),
            _ => ("p.updated_at", true),
        };
        var byId = column == "m.project_id";
        if (criteria.After is { } after)
        {
            var comparison = descending ? " < " : " > ";
            if (byId)
            {
                // Said of both sides of the join: PostgreSQL carries equalities across a join, not ranges, and would
                // otherwise merge from the top of the projects index instead of from the cursor.
                where.Append(" AND m.project_id").Append(comparison).Append("@after_id AND p.id").Append(comparison).Append("@after_id");
            }
            else
            {
                var (type, value) = criteria.Sort switch
                {
                    ProjectSearchSort.Relevance => (NpgsqlDbType.Real, (object)after.Score!.Value),
                    ProjectSearchSort.Name or ProjectSearchSort.NameDescending => (NpgsqlDbType.Text, after.Name!),
                    _ => (NpgsqlDbType.TimestampTz, after.Time!.Value.ToUniversalTime()),
                };
                where.Append(" AND (").Append(column).Append(", p.id)").Append(comparison).Append("(@after_value, @after_id)");
                parameters.Add(new NpgsqlParameter("after_value", type) { Value = value });
            }

            parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = after.Id });
        }

        var direction = descending ? "DESC" : "ASC";
        var sql = $"""
            SELECT p.id, p.key, p.name, p.description, p.tags, p.status, p.owner_id, m.role,
                   (SELECT count(*)::int FROM project_members c WHERE c.project_id = p.id) AS member_count,
                   p.version, p.created_at, p.updated_at,
                   {(searching ? Rank : "0::real")} AS score
            FROM projects p
            JOIN project_members m ON m.project_id = p.id AND m.user_id = @user
            WHERE TRUE{where}
            ORDER BY {column} {direction}{(byId ? string.Empty : $", p.id {direction}")}
            LIMIT @take
            """;
        return (sql, parameters.ToArray());
    }
}
