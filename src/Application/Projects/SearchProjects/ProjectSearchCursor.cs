using System.Buffers.Text;
using System.Text.Json;

namespace Platform.Application.Projects.SearchProjects;

/// <summary>
/// The opaque <c>nextCursor</c>: base64url JSON of where the page ended and of the list it belongs to. Not a secret:
/// a forged cursor can only move within the caller's own projects.
/// </summary>
internal static class ProjectSearchCursor
{
    /// <summary>Longer than any cursor this API hands out (a 200-character name escaped in JSON, base64url-encoded).</summary>
    public const int MaxLength = 2048;

    public static string Encode(ProjectSearchPosition position, string fingerprint) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(fingerprint, position.Name, position.Time, position.Score, position.Id)));

    /// <summary>The position, or null when the cursor is malformed or belongs to another search, filter or sort.</summary>
    public static ProjectSearchPosition? Decode(string cursor, string fingerprint, ProjectSearchSort sort)
    {
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }

        if (payload is null || payload.F != fingerprint || payload.I == Guid.Empty)
        {
            return null;
        }

        var fits = sort switch
        {
            ProjectSearchSort.Relevance => payload.S is not null,
            ProjectSearchSort.Name or ProjectSearchSort.NameDescending => payload.N is not null,
            _ => payload.T is not null,
        };
        return fits ? new ProjectSearchPosition(payload.N, payload.T, payload.S, payload.I) : null;
    }

    private sealed record Payload(string F, string? N, DateTimeOffset? T, float? S, Guid I);
}
