using Microsoft.Net.Http.Headers;

namespace Platform.Api.ReportsEdge;

/// <summary>What a report is answered as, from the request's <c>Accept</c>: JSON unless CSV is preferred.</summary>
internal static class ReportFormats
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string CsvContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>JSON or CSV, the first acceptable by quality; JSON without an <c>Accept</c>; null when neither is acceptable.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return Json;
        }

        foreach (var range in accepted.Where(range => range.Quality is not 0).OrderByDescending(range => range.Quality ?? 1))
        {
            if (range.MatchesMediaType(Json))
            {
                return Json;
            }

            if (range.MatchesMediaType(Csv))
            {
                return Csv;
            }
        }

        return null;
    }

    private static bool MatchesMediaType(this MediaTypeHeaderValue range, string mediaType) =>
        new MediaTypeHeaderValue(mediaType).IsSubsetOf(range);
}
