using System.Globalization;
using Microsoft.Net.Http.Headers;
using Platform.Domain.Common;

namespace Platform.Api.Http;

/// <summary>Strong entity tags over an aggregate's version (<c>"7"</c>), and the conditional headers that use them (RFC 9110, section 13).</summary>
internal static class EntityTags
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Whether <c>If-None-Match</c> names the current tag (or <c>*</c>): the client's copy is fresh, answer 304.</summary>
    public static bool IfNoneMatchHits(HttpRequest request, string entityTag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Tag == entityTag);

    /// <summary>
    /// The version an unsafe request's <c>If-Match</c> names: a missing header is 428, a tag that is not one of ours
    /// (weak, several, malformed) can never match and is 412.
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out long version, out ProblemHttpResult? refusal)
    {
        version = 0;
        refusal = null;
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            refusal = Problem(StatusCodes.Status428PreconditionRequired, "precondition_required",
                "This change needs If-Match with the ETag of the copy it is based on; read the resource first.");
            return false;
        }

        var raw = values.ToString().Trim();
        if (raw.Length < 3 || raw[0] != '"' || raw[^1] != '"' || !long.TryParse(raw[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            refusal = Problem(StatusCodes.Status412PreconditionFailed, "precondition_failed", "If-Match does not match the resource's current ETag; read it again.");
            return false;
        }

        return true;
    }

    /// <summary>200 with the body and the ETag of its version, or the error's problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOkWithEntityTag<T>(this Result<T> result, HttpContext http, Func<T, long> versionOf)
    {
        if (result.IsSuccess)
        {
            http.Response.Headers.ETag = For(versionOf(result.Value));
        }

        return result.ToOk();
    }

    private static ProblemHttpResult Problem(int status, string code, string title) =>
        TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
}
